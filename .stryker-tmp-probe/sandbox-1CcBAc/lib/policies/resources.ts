// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';
import { Size } from 'cdk8s';
import { IConstruct } from 'constructs';
import { fail } from '../core/errors';
import { Quantity } from '../core/quantity';
import { PropNames } from '../core/props';

/** A request and a limit of one resource, as Kubernetes quantities (`250m`, `1`, `256Mi`). */
export interface ResourceAmounts {
  /**
   * What the scheduler reserves for the container.
   * @default - no request (the API server copies the limit, if there is one)
   */
  readonly request?: string;
  /**
   * The most the container may use: CPU above it is throttled, memory above it is OOM-killed.
   * @default - no limit
   */
  readonly limit?: string;
}

/** The prop names of {@link ResourceAmounts}, checked at run time (see `checkProps`). */
export const RESOURCE_AMOUNTS_NAMES: PropNames<ResourceAmounts> = { request: true, limit: true };

/** CPU and memory of one container. */
export interface ContainerResources {
  /**
   * CPU in cores (`1`, `0.5`) or millicores (`500m`), at a precision of 1m.
   * @default - no CPU request or limit
   */
  readonly cpu?: ResourceAmounts;
  /**
   * Memory as a whole number of mebibytes (`256Mi`, `1Gi`, `268435456`).
   * @default - no memory request or limit
   */
  readonly memory?: ResourceAmounts;
}

/** The prop names of {@link ContainerResources}, checked at run time (see `checkProps`). */
export const CONTAINER_RESOURCES_NAMES: PropNames<ContainerResources> = { cpu: true, memory: true };

/** One resource of a container, parsed. */
export interface ParsedAmounts {
  /**
   * The request.
   * @default - none
   */
  readonly request?: Quantity;
  /**
   * The limit.
   * @default - none
   */
  readonly limit?: Quantity;
}

/** A container's resources, parsed and checked. */
export interface ParsedResources {
  /** CPU request and limit. */
  readonly cpu: ParsedAmounts;
  /** Memory request and limit. */
  readonly memory: ParsedAmounts;
}

const ONE_MILLICORE = Quantity.parse('1m')!;
const ONE_MEBIBYTE = Quantity.parse('1Mi')!;

/**
 * Parses and checks a container's resources: every value a quantity, none negative, no request
 * above its limit, CPU at 1m precision (the API server rounds finer values up, silently) and
 * memory in whole mebibytes (the unit cdk8s-plus-28 renders).
 */
export function parseResources(scope: IConstruct, container: string, resources: ContainerResources): ParsedResources {
  const cached = PARSED.get(resources);
  if (cached) {
    return cached;
  }
  const parsed = {
    cpu: parseAmounts(scope, container, 'cpu', resources.cpu, ONE_MILLICORE, '"250m" or "1"'),
    memory: parseAmounts(scope, container, 'memory', resources.memory, ONE_MEBIBYTE, '"256Mi" or "1Gi"'),
  };
  // Only valid resources reach here (invalid ones threw), so the parse holds for every container.
  PARSED.set(resources, parsed);
  return parsed;
}

const PARSED = new WeakMap<ContainerResources, ParsedResources>();

function parseAmounts(
  scope: IConstruct,
  container: string,
  resource: string,
  amounts: ResourceAmounts | undefined,
  unit: Quantity,
  example: string,
): ParsedAmounts {
  const parse = (kind: 'request' | 'limit', text: string | undefined): Quantity | undefined => {
    if (text === undefined) {
      return undefined;
    }
    const quantity = Quantity.parse(String(text));
    const where = `${resource} ${kind} "${text}" of container "${container}"`;
    if (!quantity) {
      fail(scope, 'invalid-quantity', `${where} is not a Kubernetes quantity`, `write it as ${example}`);
    }
    if (quantity.isNegative) {
      fail(scope, 'invalid-quantity', `${where} is negative`, `use a positive amount such as ${example}`);
    }
    if (quantity.wholeMultipleOf(unit) === undefined) {
      const precision =
        resource === 'cpu'
          ? 'is finer than 1m, which the API server silently rounds up'
          : 'is not a whole number of mebibytes, the unit cdk8s-plus-28 writes memory in';
      fail(scope, 'invalid-quantity', `${where} ${precision}`, `round it, for example to ${example}`);
    }
    return quantity;
  };
  const request = parse('request', amounts?.request);
  const limit = parse('limit', amounts?.limit);
  // The kubelet reads a zero limit as no limit at all (no CPU quota, no memory cap), and the API
  // server then defaults the request to that zero: the container is neither limited nor sized.
  if (limit?.isZero) {
    fail(
      scope,
      'invalid-quantity',
      `${resource} limit "${limit.text}" of container "${container}" is zero, which Kubernetes treats as no limit at all`,
      `drop the limit, or set a positive one such as ${example}`,
    );
  }
  if (request && limit && request.compare(limit) > 0) {
    fail(
      scope,
      'request-above-limit',
      `${resource} request ${request.text} of container "${container}" is above its limit ${limit.text}; the API server rejects such a pod`,
      `lower the request to at most ${limit.text} or raise the limit`,
    );
  }
  return { request, limit };
}

/** The cdk8s-plus-28 form of parsed resources: exactly what the user stated, nothing more. */
export function toKplusResources(resources: ParsedResources): kplus.ContainerResources {
  let rendered = RENDERED.get(resources);
  if (!rendered) {
    rendered = renderResources(resources);
    RENDERED.set(resources, rendered);
  }
  return rendered;
}

// cdk8s-plus-28 only reads these objects, so containers of one size can share them.
const RENDERED = new WeakMap<ParsedResources, kplus.ContainerResources>();

function renderResources(resources: ParsedResources): kplus.ContainerResources {
  const cpu = (q?: Quantity) => {
    if (!q) return undefined;
    const millis = q.wholeMultipleOf(ONE_MILLICORE)!;
    return millis % 1000 === 0 ? kplus.Cpu.units(millis / 1000) : kplus.Cpu.millis(millis);
  };
  const memory = (q?: Quantity) => (q ? Size.mebibytes(q.wholeMultipleOf(ONE_MEBIBYTE)!) : undefined);
  return {
    cpu: { request: cpu(resources.cpu.request), limit: cpu(resources.cpu.limit) },
    memory: { request: memory(resources.memory.request), limit: memory(resources.memory.limit) },
  };
}
