// @ts-nocheck
// The public API: classes, interfaces and enums only (no free functions or constants), so the
// library can later compile with jsii for Python, Java, Go and .NET.
export { PodAnnotations } from './core/annotations';
export { AppPod, type AppPodProps, type ContainerDependency, DependencyCondition } from './core/app-pod';
export { type InjectedContainerSpec, type PodContainer } from './core/containers';
export { ExtensionPhase, type IPodExtension } from './core/extensions';
export { type SchedulingProps, type TolerationSpec } from './core/scheduling';
export { type AppServiceProps } from './core/services';
export { type SharedVolumeProps } from './core/volumes';
export { type ContainerPortSpec, ContainerRole, type ContainerSpec, type VolumeMountSpec } from './core/container';
export {
  type BarePodOptions,
  ClaimRetention,
  Controller,
  ControllerKind,
  type CronJobOptions,
  type DaemonSetOptions,
  type DeploymentOptions,
  type JobOptions,
  type StatefulSetOptions,
  type VolumeClaimProps,
} from './core/controller';
export { ErrorCode, PodPatternErrors, type PodPatternProblem } from './core/error-codes';
export { Quantity } from './core/quantity';
export { PodDefaults, type PodDefaultsProps } from './policies/defaults';
export {
  DisruptionBudget,
  DisruptionBudgetBound,
  type DisruptionBudgetOptions,
  UnhealthyPodEvictionPolicy,
} from './policies/disruption-budget';
export {
  type BurstableOptions,
  ContainerSizing,
  type GuaranteedOptions,
  QosClass,
  type QosContainer,
  QosPreset,
  ResourceSize,
} from './policies/qos';
export { type ContainerResources, type ParsedAmounts, type ParsedResources, type ResourceAmounts } from './policies/resources';
export { SecurityLevel, SecurityProfile } from './policies/security';
export {
  Adapter,
  AdapterPod,
  type AdapterPodProps,
  type AdapterProps,
  MetricsMonitor,
  type NginxExporterOptions,
} from './patterns/adapter';
export { Ambassador, AmbassadorPod, type AmbassadorPodProps, type AmbassadorProps, type AmbassadorProxy } from './patterns/ambassador';
export {
  MigratingApp,
  type MigratingAppProps,
  Migration,
  MigrationMode,
  type MigrationProps,
  WaitFor,
  type WaitForProps,
} from './patterns/init-steps';
export { IstioSidecar, type IstioSidecarProps, MeshPod, type MeshPodProps } from './patterns/service-mesh';
export {
  type LogShipperOptions,
  Sidecar,
  type SidecarConfigFiles,
  SidecarPod,
  type SidecarPodProps,
  type SidecarProps,
} from './patterns/sidecar';
