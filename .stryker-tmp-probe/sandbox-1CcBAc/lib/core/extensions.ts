// @ts-nocheck
import type { AppPod } from './app-pod';

/**
 * When an extension is applied to its pod. A pod applies its extensions phase by phase, in the
 * order given within a phase, so the order in which patterns are listed changes neither the pod
 * nor what is checked: a migration always sees the ambassadors' variables, whichever came first.
 */
export enum ExtensionPhase {
  /**
   * Containers beside the app (sidecars, ambassadors, adapters, the mesh) and what they give the
   * app (variables, mounts). Native sidecars among them start before every init step.
   */
  HELPERS = 'helpers',
  /** Init steps that hold the app until its dependencies answer, in the order given. */
  WAIT = 'wait',
  /** Steps derived from the finished app container, such as a migration that copies its env. */
  DERIVED = 'derived',
}

/**
 * Something that adds containers, volumes and wiring to an {@link AppPod}: a sidecar, an
 * ambassador, an adapter, an init step. Patterns compose by being applied to the same pod.
 */
export interface IPodExtension {
  /**
   * When the extension is applied.
   * @default ExtensionPhase.HELPERS
   */
  readonly phase?: ExtensionPhase;

  /** Adds the extension to `pod`. */
  extend(pod: AppPod): void;
}

const ORDER = [ExtensionPhase.HELPERS, ExtensionPhase.WAIT, ExtensionPhase.DERIVED];

/** `extensions` in the order they are applied: by phase, and as given within a phase. */
export function inPhaseOrder(extensions: readonly IPodExtension[]): readonly IPodExtension[] {
  const rank = (extension: IPodExtension) => ORDER.indexOf(extension.phase ?? ExtensionPhase.HELPERS);
  // Array.prototype.sort is stable (ES2019): within a phase the given order stays.
  return [...extensions].sort((a, b) => rank(a) - rank(b));
}
