/**
 * `explain`: a Markdown report of every workload in a set of Kubernetes manifests, each with a
 * Mermaid diagram of its pod and what the YAML does not show (start and stop order, what the
 * containers share, the QoS class and eviction, the disruption budget's effect on drains,
 * probes, how to debug it, and the rules' findings with their fixes). Also
 * `cdk8s-pod-patterns/explain`, and `npx cdk8s-pod-patterns explain`.
 */
// @ts-nocheck

import { Manifest, readManifests } from './load';
import { ExplainedFinding, ExplainOptions, explainWorkloads, WorkloadExplanation } from './model';
import { renderReport } from './report';

export { podDiagram } from './diagram';
export { type Manifest, manifestFiles, parseManifests, readManifests } from './load';
export {
  ContainerPart,
  type ExplainedContainer,
  type ExplainedFinding,
  type ExplainedMount,
  type ExplainedPort,
  type ExplainedProbe,
  type ExplainedScrape,
  type ExplainedService,
  type ExplainedVolume,
  type ExplainOptions,
  explainWorkloads,
  type ManifestSetExplanation,
  type WorkloadExplanation,
} from './model';

/** Options of {@link explainManifests}. */
export interface ReportOptions extends ExplainOptions {
  /**
   * The report's title.
   * @default 'What the pods do'
   */
  readonly title?: string;
}

/** The report, and the model it was written from. */
export interface Explanation {
  /** The Markdown report. */
  readonly markdown: string;
  /** Each workload, explained. */
  readonly workloads: readonly WorkloadExplanation[];
  /** Findings on objects that belong to no workload (a budget or Service that selects nothing, a ConfigMap). */
  readonly others: readonly ExplainedFinding[];
}

/** Explains manifests already read (see {@link readManifests} and {@link parseManifests}). */
export function explainManifests(manifests: readonly Manifest[], options: ReportOptions = {}): Explanation {
  const { workloads, others } = explainWorkloads(manifests, options);
  return { markdown: renderReport(options.title ?? 'What the pods do', workloads, others), workloads, others };
}

/** Explains the manifests in files and folders (YAML or JSON, several documents a file). */
export function explain(paths: readonly string[], options: ReportOptions = {}): Explanation {
  return explainManifests(readManifests(paths), options);
}
