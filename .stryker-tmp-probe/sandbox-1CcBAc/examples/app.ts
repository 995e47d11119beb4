// @ts-nocheck
import { App } from 'cdk8s';
import { AdapterChart } from './adapter';
import { AllPatternsChart } from './all-patterns';
import { BookinfoReviewsChart } from './bookinfo-reviews';
import { AmbassadorChart } from './ambassador';
import { ControllersChart } from './controllers';
import { DisruptionBudgetChart } from './disruption-budget';
import { LoggingSidecarChart } from './logging-sidecar';
import { MigratingAppChart } from './migrating-app';
import { PodSpecSectionsChart } from './pod-spec-sections';
import { QosClassesChart } from './qos-classes';
import { SecurityChart } from './security';
import { ServiceMeshChart } from './service-mesh';
import { SingleContainerChart } from './single-container';

/** Every example chart, one YAML file each. */
export const EXAMPLES = {
  'single-container': SingleContainerChart,
  'logging-sidecar': LoggingSidecarChart,
  'pod-spec-sections': PodSpecSectionsChart,
  'disruption-budget': DisruptionBudgetChart,
  'qos-classes': QosClassesChart,
  'controllers': ControllersChart,
  'ambassador': AmbassadorChart,
  'adapter': AdapterChart,
  'migrating-app': MigratingAppChart,
  'service-mesh': ServiceMeshChart,
  'all-patterns': AllPatternsChart,
  'security': SecurityChart,
  'bookinfo-reviews': BookinfoReviewsChart,
};

/** Adds every example chart to `app`, each in a namespace of its own name. */
export function addExamples(app: App): void {
  for (const [id, ChartClass] of Object.entries(EXAMPLES)) {
    new ChartClass(app, id, { namespace: id });
  }
}
