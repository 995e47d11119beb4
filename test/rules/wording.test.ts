/**
 * The words of the rules' findings: message, fix, the Go function cited and the severity, pinned
 * exactly. One row of cases.ts per distinct finding, and the rows where two branches of a rule
 * word a finding alike but for a value (so that a change choosing the wrong branch shows); the
 * other rows check only code and field, in manifest.test.ts. A message names the thing, its
 * value and why Kubernetes refuses it; a fix says what to write instead; both are what a user
 * reads first. When a finding's words change, change them here and say why in the commit.
 */
import { ManifestSetOptions, Severity, validateManifest, validateManifestSet, Violation } from '../../lib/rules';
import { caseTables } from './cases';
import { daemonSet, deployment, helper, job, mutated, pdb, pod, service } from './fixtures';

const E = Severity.ERROR;
const W = Severity.WARNING;

const objects = new Map(caseTables.flatMap(([, cases]) => cases).map(([title, object]) => [title, object]));

const wording: [string, Violation[]][] = [
  [
    'name not a subdomain',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.name',
        message:
          'Deployment name "Web_App" is not a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 253 characters)',
        fix: 'rename it, e.g. "web-app"',
        rule: 'validation.NameIsDNSSubdomain (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'no name',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.name',
        message: 'the Deployment has no metadata.name',
        fix: 'give it a name that is a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 253 characters)',
        rule: 'validation.ValidateObjectMetaAccessor (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'Service name must be a DNS-1035 label',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.name',
        message:
          'Service name "1web" is not a DNS-1035 label (lowercase letters, digits and "-", starting with a letter, ending with a letter or digit, at most 63 characters)',
        fix: 'rename it, e.g. "x1web"',
        rule: 'validation.ValidateServiceName (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'StatefulSet name must be a DNS-1123 label (no dots)',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.name',
        message:
          'StatefulSet name "db.primary" is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)',
        fix: 'rename it, e.g. "db-primary"',
        rule: 'validation.ValidateStatefulSetName (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'CronJob name of 53 characters',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.name',
        message:
          'CronJob name "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" has 53 characters, more than 52: the CronJob controller appends an 11-character suffix to name its Jobs, which must stay within 63',
        fix: 'shorten it to at most 52 characters, e.g. "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"',
        rule: 'validation.ValidateCronJobCreate (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'namespace not a label',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.namespace',
        message:
          'namespace "Prod" is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)',
        fix: 'use a namespace such as "prod"',
        rule: 'validation.ValidateNamespaceName (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'label key',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'metadata.labels[app name]',
        message:
          'label key "app name" on the Deployment is not a qualified name: an optional DNS subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
        fix: 'rename the key, e.g. "app-name"',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'label value',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'metadata.labels[tier]',
        message:
          'label "tier" on the Deployment has value "front end", which is not a label value (at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, or empty)',
        fix: 'use a value such as "front-end"',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'label value that YAML read as a number',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'metadata.labels[version]',
        message: 'label "version" on the Deployment is 2; label values are strings',
        fix: 'quote the value: "2"',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'annotation key',
    [
      {
        code: 'invalid-annotation',
        severity: E,
        field: 'metadata.annotations[owner team]',
        message:
          'annotation key "owner team" on the Deployment is not a qualified name: an optional DNS subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit (case aside)',
        fix: 'rename the key, e.g. "owner-team"',
        rule: 'validation.ValidateAnnotations (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'annotations over 256 KiB in UTF-8 bytes although under in characters',
    [
      {
        code: 'invalid-annotation',
        severity: E,
        field: 'metadata.annotations',
        message: 'annotations on the Deployment take 262145 bytes (keys and values), more than the 262144 (256 KiB) Kubernetes allows',
        fix: 'move large values into a ConfigMap and reference it',
        rule: 'validation.ValidateAnnotationsSize (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'pod template label',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.template.metadata.labels[-bad]',
        message:
          'label key "-bad" on the pod template is not a qualified name: an optional DNS subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
        fix: 'rename the key, e.g. "bad"',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'nodeSelector value',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.template.spec.nodeSelector[disk]',
        message:
          'label "disk" in the nodeSelector has value "fast ssd", which is not a label value (at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, or empty)',
        fix: 'use a value such as "fast-ssd"',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'selector expression operator',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.selector.matchExpressions[0].operator',
        message: 'selector expression on "tier" in the Deployment\'s selector has operator "Equals", which is not a selector operator',
        fix: 'use In, NotIn, Exists or DoesNotExist',
        rule: 'validation.ValidateLabelSelector (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.template.metadata.labels',
        message:
          "the Deployment's selector does not match its pod template's labels, so the Deployment would never own the pods it creates",
        fix: "change the template's labels or spec.selector.matchExpressions until the labels satisfy every expression",
        rule: 'validation.ValidateDeploymentSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'selector expression value',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.selector.matchExpressions[0].values[1]',
        message:
          'selector expression on "app" in the Deployment\'s selector has value "a b", which is not a label value (at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, or empty)',
        fix: 'use a value such as "a-b"',
        rule: 'validation.ValidateLabelSelector (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'nulls in metadata read as absent: namespace, labels, annotations, a selector operator',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.selector.matchExpressions[0].operator',
        message: 'selector expression on "app" in the Deployment\'s selector has no operator',
        fix: 'use In, NotIn, Exists or DoesNotExist',
        rule: 'validation.ValidateLabelSelector (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.template.metadata.labels',
        message:
          "the Deployment's selector does not match its pod template's labels, so the Deployment would never own the pods it creates",
        fix: "change the template's labels or spec.selector.matchExpressions until the labels satisfy every expression",
        rule: 'validation.ValidateDeploymentSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'label and annotation values undefined in a map',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'metadata.labels[tier]',
        message: 'label "tier" on the Deployment is undefined; label values are strings',
        fix: 'quote the value: ""',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
      {
        code: 'invalid-annotation',
        severity: E,
        field: 'metadata.annotations[owner]',
        message: 'annotation "owner" on the Deployment is undefined; annotation values are strings',
        fix: 'quote the value: ""',
        rule: 'validation.ValidateAnnotations (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'generateName that is not a subdomain even with its dash',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.generateName',
        message:
          'Deployment generateName "Web_" is not a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 253 characters), even with a trailing "-"',
        fix: 'use a prefix such as "web-"',
        rule: 'validation.NameIsDNSSubdomain (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'Service generateName starting with a digit',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.generateName',
        message:
          'Service generateName "1web-" is not a DNS-1035 label (lowercase letters, digits and "-", starting with a letter, ending with a letter or digit, at most 63 characters), even with a trailing "-"',
        fix: 'use a prefix such as "x1web-"',
        rule: 'validation.ValidateServiceName (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'name that is a number',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.name',
        message: 'the Deployment has no metadata.name (it is 5)',
        fix: 'give it a name that is a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 253 characters)',
        rule: 'validation.ValidateObjectMetaAccessor (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'Namespace with a namespace',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.namespace',
        message: 'a Namespace is cluster-scoped and cannot have metadata.namespace',
        fix: 'remove metadata.namespace',
        rule: 'validation.ValidateObjectMetaAccessor (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'Namespace name with a dot',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.name',
        message:
          'Namespace name "shop.eu" is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)',
        fix: 'rename it, e.g. "shop-eu"',
        rule: 'validation.NameIsDNSLabel (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'namespace that is a number',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.namespace',
        message:
          'namespace 5 is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)',
        fix: 'use a namespace such as "5"',
        rule: 'validation.ValidateNamespaceName (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'labels that are not a map',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'metadata.labels',
        message: 'labels on the Deployment are "app=web", not a map',
        fix: 'write them as key: value pairs',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'label value null',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'metadata.labels[tier]',
        message: 'label "tier" on the Deployment is null; label values are strings',
        fix: 'quote the value: ""',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'annotations that are not a map',
    [
      {
        code: 'invalid-annotation',
        severity: E,
        field: 'metadata.annotations',
        message: 'annotations on the Deployment are a list, not a map',
        fix: 'write them as key: value pairs',
        rule: 'validation.ValidateAnnotations (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'annotation values that are not strings',
    [
      {
        code: 'invalid-annotation',
        severity: E,
        field: 'metadata.annotations[replicas]',
        message: 'annotation "replicas" on the Deployment is 3; annotation values are strings',
        fix: 'quote the value: "3"',
        rule: 'validation.ValidateAnnotations (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
      {
        code: 'invalid-annotation',
        severity: E,
        field: 'metadata.annotations[config]',
        message: 'annotation "config" on the Deployment is an object; annotation values are strings',
        fix: 'quote the value: "{\\"a\\":1}"',
        rule: 'validation.ValidateAnnotations (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
      {
        code: 'invalid-annotation',
        severity: E,
        field: 'metadata.annotations[none]',
        message: 'annotation "none" on the Deployment is null; annotation values are strings',
        fix: 'quote the value: ""',
        rule: 'validation.ValidateAnnotations (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'selector expressions: key, In without values, Exists with values, a value that is a number',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.selector.matchExpressions[0].key',
        message:
          'selector expression key "bad key" in the Deployment\'s selector is not a qualified name: an optional DNS subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
        fix: 'use a label key such as "bad-key"',
        rule: 'validation.ValidateLabelSelector (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.selector.matchExpressions[1].values',
        message: 'selector expression on "app" in the Deployment\'s selector uses In without values',
        fix: 'list the values, or use Exists/DoesNotExist',
        rule: 'validation.ValidateLabelSelector (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.selector.matchExpressions[2].values',
        message: 'selector expression on "app" in the Deployment\'s selector uses Exists with values',
        fix: 'remove the values, or use In/NotIn',
        rule: 'validation.ValidateLabelSelector (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.selector.matchExpressions[3].values[0]',
        message:
          'selector expression on "app" in the Deployment\'s selector has value 5, which is not a label value (at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, or empty)',
        fix: 'use a value such as "5"',
        rule: 'validation.ValidateLabelSelector (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.template.metadata.labels',
        message:
          "the Deployment's selector does not match its pod template's labels, so the Deployment would never own the pods it creates",
        fix: "change the template's labels or spec.selector.matchExpressions until the labels satisfy every expression",
        rule: 'validation.ValidateDeploymentSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'container name',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.containers[0].name',
        message:
          'container "App" has a name that is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)',
        fix: 'rename it, e.g. "app"',
        rule: 'validation.ValidateDNS1123Label (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'container name reused by an init container',
    [
      {
        code: 'duplicate-container-name',
        severity: E,
        field: 'spec.template.spec.initContainers[0].name',
        message: 'init container "app" has the same name as container "app"; names must be unique across containers and init containers',
        fix: 'rename one of them, e.g. "app-2"',
        rule: 'validation.validateInitContainers (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'image with uppercase repository',
    [
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[0].image',
        message:
          'container "app" has image "Foo:1.0", which is not a valid image reference (the repository name must be lowercase); the kubelet fails the container with InvalidImageName',
        fix: 'write the repository in lowercase, e.g. "foo:1.0"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
    ],
  ],
  [
    'image missing',
    [
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[0].image',
        message: 'container "app" has no image',
        fix: 'set image to a reference such as "registry.example.com/team/app:1.0"',
        rule: 'validation.validateContainerCommon (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'containerPort 0',
    [
      {
        code: 'invalid-port',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[0].containerPort',
        message: 'container "app" port "http" has no containerPort',
        fix: 'set containerPort to the port the process listens on (1-65535)',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'containerPort 65536',
    [
      {
        code: 'invalid-port',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[0].containerPort',
        message: 'container "app" port "http" has containerPort 65536, which is not a port number from 1 to 65535',
        fix: 'use an integer from 1 to 65535',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'containerPort as a string',
    [
      {
        code: 'invalid-port',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[0].containerPort',
        message: 'container "app" port "http" has containerPort "8080", which is not a port number from 1 to 65535',
        fix: 'use an integer from 1 to 65535',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'protocol in lowercase',
    [
      {
        code: 'invalid-port',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[0].protocol',
        message: 'container "app" port "http" has protocol "tcp", which is not TCP, UDP or SCTP',
        fix: 'use "TCP", "UDP" or "SCTP" (uppercase), or leave it out for TCP',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'port name not an IANA service name (and so the probe cannot name it)',
    [
      {
        code: 'invalid-port-name',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[0].name',
        message:
          'container "app" has port name "HTTP", which is not an IANA service name (at most 15 lowercase letters, digits and "-", at least one letter, no "--", not starting or ending with "-")',
        fix: 'rename it, e.g. "http"',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.httpGet.port',
        message:
          'container "app" readinessProbe targets port "http", which no port of the container is named; the kubelet cannot resolve it and the probe fails every time',
        fix: 'use one of the container\'s port names ("HTTP") or a port number',
        rule: 'probe.ResolveContainerPort (pkg/probe/util.go) and lifecycle.resolvePort (pkg/kubelet/lifecycle/handlers.go): an unknown port name fails on every run',
      },
    ],
  ],
  [
    'port name twice in a container',
    [
      {
        code: 'duplicate-port-name',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[1].name',
        message: 'container "app" names two ports "http"',
        fix: 'give each port of the container its own name',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'two containers on one port',
    [
      {
        code: 'port-collision',
        severity: E,
        field: 'spec.template.spec.containers[1].ports[0].containerPort',
        message:
          'container "proxy" and container "app" both listen on 8080/TCP; they share the pod\'s network, so the second to bind fails with "address already in use"',
        fix: 'move one of them to another port (and point its clients at it), e.g. 8081',
        rule: 'shared pod network namespace (pkg/kubelet/kuberuntime, one sandbox per pod); not checked by validation.validateContainerPorts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'a native sidecar on the app port (and the 1.28 feature gate warning)',
    [
      {
        code: 'sidecar-feature-gate',
        severity: W,
        field: 'spec.template.spec.initContainers[0].restartPolicy',
        message:
          'init container "proxy" is a native sidecar (restartPolicy: Always), which Kubernetes 1.28 honours only with the alpha SidecarContainers feature gate; without it the API server drops the field and the pod waits for init container "proxy" to exit before starting its containers',
        fix: 'enable the SidecarContainers feature gate on the API server and kubelets (on by default from 1.29), or run the sidecar as a regular container',
        rule: 'pod.dropDisabledFields (pkg/api/pod/util.go, 1.28)',
      },
      {
        code: 'port-collision',
        severity: E,
        field: 'spec.template.spec.initContainers[0].ports[0].containerPort',
        message:
          'init container "proxy" and container "app" both listen on 8080/TCP; they share the pod\'s network, so the second to bind fails with "address already in use"',
        fix: 'move one of them to another port (and point its clients at it), e.g. 8081',
        rule: 'shared pod network namespace (pkg/kubelet/kuberuntime, one sandbox per pod); not checked by validation.validateContainerPorts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'host port claimed twice',
    [
      {
        code: 'port-collision',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[1].hostPort',
        message: 'container "app" claims host port 80/TCP already claimed by another of its ports',
        fix: 'give each port its own hostPort, or drop hostPort and use a Service',
        rule: 'validation.AccumulateUniqueHostPorts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'host port and address claimed by two containers',
    [
      {
        code: 'port-collision',
        severity: E,
        field: 'spec.template.spec.containers[1].ports[0].hostPort',
        message: 'container "proxy" claims host port 80/UDP on 10.0.0.1 already claimed by container "app"',
        fix: 'give each port its own hostPort, or drop hostPort and use a Service',
        rule: 'validation.AccumulateUniqueHostPorts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'env name starting with a digit',
    [
      {
        code: 'invalid-env-name',
        severity: E,
        field: 'spec.template.spec.containers[0].env[0].name',
        message:
          "container \"app\" has environment variable \"1MODE\", whose name is not valid (letters, digits, '_', '-' or '.', not starting with a digit, and not '.' or starting with '..' (Kubernetes 1.28))",
        fix: 'rename it, e.g. "_1MODE"',
        rule: 'validation.ValidateEnv (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'env defined twice',
    [
      {
        code: 'duplicate-env',
        severity: E,
        field: 'spec.template.spec.containers[0].env[1].name',
        message:
          'container "app" defines environment variable "MODE" twice (env[0] and env[1]); the API server keeps both and the last silently wins',
        fix: 'keep one definition',
        rule: 'pod.warningsForPodSpecAndMeta (pkg/api/pod/warnings.go): accepted by validation.ValidateEnv (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'configMapKeyRef name and key',
    [
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].env[1].valueFrom.configMapKeyRef.name',
        message:
          'container "app" environment variable "X" refers to ConfigMap "Bad_Name", which cannot exist: ConfigMap names are DNS-1123 subdomains',
        fix: 'use the ConfigMap\'s real name, e.g. "bad-name"',
        rule: 'validation.validateConfigMapKeySelector (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].env[1].valueFrom.configMapKeyRef.key',
        message:
          "container \"app\" environment variable \"X\" refers to key \"a key\" of ConfigMap \"Bad_Name\", which is not a valid ConfigMap key (letters, digits, '-', '_' or '.', at most 253, not '.' or starting with '..')",
        fix: "set key to one of the ConfigMap's data keys",
        rule: 'validation.validateConfigMapKeySelector (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'valueFrom and value',
    [
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].env[1].valueFrom',
        message: 'container "app" environment variable "X" sets both value and valueFrom',
        fix: 'keep either value or valueFrom',
        rule: 'validation.validateEnvVarValueFrom (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'fieldRef path the downward API does not offer',
    [
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].env[1].valueFrom.fieldRef.fieldPath',
        message:
          'container "app" environment variable "X" reads field "spec.hostname", which the downward API does not offer to environment variables',
        fix: "use one of metadata.name, metadata.namespace, metadata.uid, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs, or metadata.labels['<key>'] / metadata.annotations['<key>']",
        rule: 'validation.validateObjectFieldSelector (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'envFrom prefix and a name with a trailing dash',
    [
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].envFrom[0].prefix',
        message:
          "container \"app\" has envFrom prefix \"1_\", which is not a valid environment variable name (letters, digits, '_', '-' or '.', not starting with a digit, and not '.' or starting with '..' (Kubernetes 1.28))",
        fix: 'use a prefix such as "_1_"',
        rule: 'validation.ValidateEnvFrom (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].envFrom[0].configMapRef.name',
        message: 'container "app" loads ConfigMap "cfg-", which cannot exist: ConfigMap names are DNS-1123 subdomains',
        fix: 'use the ConfigMap\'s real name, e.g. "cfg"',
        rule: 'validation.ValidateEnvFrom (pkg/apis/core/validation); ConfigMap and Secret names: validation.NameIsDNSSubdomain (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'env entries without a name, or not objects: no duplicate reported',
    [
      {
        code: 'invalid-env-name',
        severity: E,
        field: 'spec.template.spec.containers[0].env[0].name',
        message: 'container "app" has an environment variable without a name',
        fix: 'give the variable a name, e.g. "APP_MODE"',
        rule: 'validation.ValidateEnv (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-env-name',
        severity: E,
        field: 'spec.template.spec.containers[0].env[1].name',
        message: 'container "app" has an environment variable without a name',
        fix: 'give the variable a name, e.g. "APP_MODE"',
        rule: 'validation.ValidateEnv (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'valueFrom without a source, or with two',
    [
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].env[0].valueFrom',
        message: 'container "app" environment variable "A" has valueFrom without a source',
        fix: 'set one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef',
        rule: 'validation.validateEnvVarValueFrom (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].env[1].valueFrom',
        message: 'container "app" environment variable "B" has several valueFrom sources',
        fix: 'keep one source',
        rule: 'validation.validateEnvVarValueFrom (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].env[2].valueFrom',
        message: 'container "app" environment variable "C" has valueFrom without a source',
        fix: 'set one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef',
        rule: 'validation.validateEnvVarValueFrom (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'secretKeyRef without name or key',
    [
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.name',
        message: 'container "app" environment variable "A" refers to a Secret without naming it',
        fix: "set name to the Secret's name",
        rule: 'validation.validateSecretKeySelector (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.key',
        message: 'container "app" environment variable "A" refers to a Secret without a key',
        fix: "set key to one of the Secret's data keys",
        rule: 'validation.validateSecretKeySelector (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'configMapKeyRef without a key',
    [
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.key',
        message: 'container "app" environment variable "A" refers to ConfigMap "cfg" without a key',
        fix: "set key to one of the ConfigMap's data keys",
        rule: 'validation.validateConfigMapKeySelector (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'downward API fields not offered',
    [
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].env[0].valueFrom.fieldRef.fieldPath',
        message:
          'container "app" environment variable "A" reads field "metadata.labels[\'bad key\']", which the downward API does not offer to environment variables',
        fix: "use one of metadata.name, metadata.namespace, metadata.uid, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs, or metadata.labels['<key>'] / metadata.annotations['<key>']",
        rule: 'validation.validateObjectFieldSelector (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].env[1].valueFrom.fieldRef.fieldPath',
        message: 'container "app" environment variable "B" has a fieldRef without a fieldPath',
        fix: "use one of metadata.name, metadata.namespace, metadata.uid, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs, or metadata.labels['<key>'] / metadata.annotations['<key>']",
        rule: 'validation.validateObjectFieldSelector (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].env[2].valueFrom.resourceFieldRef.resource',
        message: 'container "app" environment variable "C" reads resource "limits.gpu", which the downward API does not offer',
        fix: 'use one of limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory, requests.ephemeral-storage',
        rule: 'validation.validateContainerResourceFieldSelector (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].env[3].valueFrom.resourceFieldRef.resource',
        message: 'container "app" environment variable "D" has a resourceFieldRef without a resource',
        fix: 'use one of limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory, requests.ephemeral-storage',
        rule: 'validation.validateContainerResourceFieldSelector (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'envFrom entries with both references, neither, nameless ones',
    [
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].envFrom[0]',
        message: 'container "app" has envFrom entry #1 with both configMapRef and secretRef',
        fix: 'give each envFrom entry exactly one of configMapRef or secretRef',
        rule: 'validation.ValidateEnvFrom (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].envFrom[1]',
        message: 'container "app" has envFrom entry #2 with neither configMapRef nor secretRef',
        fix: 'give each envFrom entry exactly one of configMapRef or secretRef',
        rule: 'validation.ValidateEnvFrom (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].envFrom[2].secretRef.name',
        message: 'container "app" loads a Secret without naming it',
        fix: "set name to the Secret's name",
        rule: 'validation.ValidateEnvFrom (pkg/apis/core/validation); ConfigMap and Secret names: validation.NameIsDNSSubdomain (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].envFrom[3].configMapRef.name',
        message: 'container "app" loads a ConfigMap without naming it (name is 5)',
        fix: "set name to the ConfigMap's name",
        rule: 'validation.ValidateEnvFrom (pkg/apis/core/validation); ConfigMap and Secret names: validation.NameIsDNSSubdomain (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].envFrom[4].secretRef.name',
        message: 'container "app" loads a Secret without naming it',
        fix: "set name to the Secret's name",
        rule: 'validation.ValidateEnvFrom (pkg/apis/core/validation); ConfigMap and Secret names: validation.NameIsDNSSubdomain (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
      {
        code: 'invalid-env-ref',
        severity: E,
        field: 'spec.template.spec.containers[0].envFrom[5]',
        message: 'container "app" has envFrom entry #6 with neither configMapRef nor secretRef',
        fix: 'give each envFrom entry exactly one of configMapRef or secretRef',
        rule: 'validation.ValidateEnvFrom (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'containerPort null is missing',
    [
      {
        code: 'invalid-port',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[0].containerPort',
        message: 'container "app" port "http" has no containerPort',
        fix: 'set containerPort to the port the process listens on (1-65535)',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'more images and their fixes: no registry, only spaces, spaces around a bad one, registry ports',
    [
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[0].image',
        message:
          'container "app" has image "Foo", which is not a valid image reference (the repository name must be lowercase); the kubelet fails the container with InvalidImageName',
        fix: 'write the repository in lowercase, e.g. "foo"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[1].image',
        message:
          'container "b" has image "   ", which is not a valid image reference (it contains whitespace); the kubelet fails the container with InvalidImageName',
        fix: 'write it as [registry[:port]/]repository[:tag][@sha256:<64 hex digits>], with a lowercase repository, e.g. "registry.example.com/team/app:1.0"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[2].image',
        message:
          'container "c" has image " Foo:1 ", which is not a valid image reference (the repository name must be lowercase); the kubelet fails the container with InvalidImageName',
        fix: 'write it as [registry[:port]/]repository[:tag][@sha256:<64 hex digits>], with a lowercase repository, e.g. "registry.example.com/team/app:1.0"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[3].image',
        message:
          'container "d" has image "ghcr.io/Org/App:v1", which is not a valid image reference (the repository name must be lowercase); the kubelet fails the container with InvalidImageName',
        fix: 'write the repository in lowercase, e.g. "ghcr.io/org/app:v1"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[4].image',
        message:
          'container "e" has image "my:5000/App", which is not a valid image reference (the repository name must be lowercase); the kubelet fails the container with InvalidImageName',
        fix: 'write the repository in lowercase, e.g. "my:5000/app"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[5].image',
        message:
          'container "f" has image "team/App:1", which is not a valid image reference (the repository name must be lowercase); the kubelet fails the container with InvalidImageName',
        fix: 'write the repository in lowercase, e.g. "team/app:1"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
    ],
  ],
  [
    'port names suggested from runs of characters, digits only, or a long text',
    [
      {
        code: 'invalid-port-name',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[0].name',
        message:
          'container "app" has port name "Metrics__Port", which is not an IANA service name (at most 15 lowercase letters, digits and "-", at least one letter, no "--", not starting or ending with "-")',
        fix: 'rename it, e.g. "metrics-port"',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-port-name',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[1].name',
        message:
          'container "app" has port name "12345678901234567", which is not an IANA service name (at most 15 lowercase letters, digits and "-", at least one letter, no "--", not starting or ending with "-")',
        fix: 'rename it, e.g. "p-1234567890123"',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-port-name',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[2].name',
        message:
          'container "app" has port name "--Web--", which is not an IANA service name (at most 15 lowercase letters, digits and "-", at least one letter, no "--", not starting or ending with "-")',
        fix: 'rename it, e.g. "web"',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Secret items with a bad key',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].secret.items[0].key',
        message:
          "volume \"data\" projects key \"a key\", which no Secret can have (keys are letters, digits, '-', '_' or '.', at most 253, not '.' or starting with '..')",
        fix: "set key to one of the Secret's data keys",
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation); keys: validation.IsConfigMapKey (staging/src/k8s.io/apimachinery/pkg/util/validation)',
      },
    ],
  ],
  [
    'defaultMode strings: octal with and without 0, and not octal',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].secret.defaultMode',
        message:
          'volume "data" has defaultMode "644", which is not a number from 0 to 0777 (octal), written in JSON as decimal 0 to 511 (0644 is 420)',
        fix: 'write it as the number 420 (octal 644)',
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[1].secret.defaultMode',
        message:
          'volume "b" has defaultMode "x644", which is not a number from 0 to 0777 (octal), written in JSON as decimal 0 to 511 (0644 is 420)',
        fix: 'use a mode such as 420 (0644) or 256 (0400)',
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[2].secret.defaultMode',
        message:
          'volume "c" has defaultMode "6440", which is not a number from 0 to 0777 (octal), written in JSON as decimal 0 to 511 (0644 is 420)',
        fix: 'use a mode such as 420 (0644) or 256 (0400)',
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'images whose fix is to trim, lowercase the repository, or rewrite',
    [
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[0].image',
        message:
          'container "app" has image " nginx:1.25 ", which is not a valid image reference (it contains whitespace); the kubelet fails the container with InvalidImageName',
        fix: 'remove the surrounding whitespace: "nginx:1.25"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[1].image',
        message:
          'container "b" has image "Registry.Example.com:5000/Team/App:V1", which is not a valid image reference (the repository name must be lowercase); the kubelet fails the container with InvalidImageName',
        fix: 'write the repository in lowercase, e.g. "Registry.Example.com:5000/team/app:V1"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[2].image',
        message:
          'container "c" has image "Team/App@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", which is not a valid image reference (the repository name must be lowercase); the kubelet fails the container with InvalidImageName',
        fix: 'write the repository in lowercase, e.g. "team/app@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[3].image',
        message:
          'container "d" has image "app:-v1", which is not a valid image reference (the tag "-v1" is not valid (a letter, digit or _ then up to 127 letters, digits, _, . or -)); the kubelet fails the container with InvalidImageName',
        fix: 'write it as [registry[:port]/]repository[:tag][@sha256:<64 hex digits>], with a lowercase repository, e.g. "registry.example.com/team/app:1.0"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[4].image',
        message:
          'container "e" has image "localhost/App", which is not a valid image reference (the repository name must be lowercase); the kubelet fails the container with InvalidImageName',
        fix: 'write the repository in lowercase, e.g. "localhost/app"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
    ],
  ],
  [
    'ports: names of the wrong type or suggested, containerPort 0, hostPort and protocol refused',
    [
      {
        code: 'invalid-port-name',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[0].name',
        message:
          'container "app" has port name 5, which is not an IANA service name (at most 15 lowercase letters, digits and "-", at least one letter, no "--", not starting or ending with "-")',
        fix: 'rename it, e.g. "p-5"',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-port-name',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[1].name',
        message:
          'container "app" has port name "Metrics--Port_Long", which is not an IANA service name (at most 15 lowercase letters, digits and "-", at least one letter, no "--", not starting or ending with "-")',
        fix: 'rename it, e.g. "metrics-port-lo"',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-port',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[1].containerPort',
        message: 'container "app" port "Metrics--Port_Long" has no containerPort',
        fix: 'set containerPort to the port the process listens on (1-65535)',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-port',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[2].hostPort',
        message: 'container "app" port "a" has hostPort 70000, which is not a port number from 1 to 65535',
        fix: 'use an integer from 1 to 65535, or remove hostPort',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-port',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[2].protocol',
        message: 'container "app" port "a" has protocol 5, which is not TCP, UDP or SCTP',
        fix: 'use "TCP", "UDP" or "SCTP" (uppercase), or leave it out for TCP',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-port',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[3].hostPort',
        message: 'container "app" port "b" has hostPort "80", which is not a port number from 1 to 65535',
        fix: 'use an integer from 1 to 65535, or remove hostPort',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'mounts without a volume name, in a pod without volumes',
    [
      {
        code: 'undeclared-volume',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].name',
        message: 'container "app" has volume mount #1 without a volume name',
        fix: 'declare the volume in spec.volumes',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation)',
      },
      {
        code: 'undeclared-volume',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[1].name',
        message: 'container "app" has volume mount #2 without a volume name',
        fix: 'declare the volume in spec.volumes',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation)',
      },
      {
        code: 'undeclared-volume',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[2].name',
        message: 'container "app" has volume mount #3 without a volume name',
        fix: 'declare the volume in spec.volumes',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'mountPath that is not a string',
    [
      {
        code: 'invalid-mount-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].mountPath',
        message: 'container "app" mount of volume "data" has no mountPath (it is 5)',
        fix: 'set mountPath to an absolute path such as "/data"',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'a nameless mount without mountPath',
    [
      {
        code: 'undeclared-volume',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[1].name',
        message: 'container "app" has volume mount #2 without a volume name',
        fix: 'declare the volume in spec.volumes, or mount one of "data"',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-mount-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[1].mountPath',
        message: 'container "app" mount of volume #2 has no mountPath',
        fix: 'set mountPath to an absolute path such as "/data"',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'two mounts at one path written alike',
    [
      {
        code: 'duplicate-mount-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[1].mountPath',
        message: 'container "app" mounts two volumes at "/data"',
        fix: 'mount each volume at its own path, or use subPath to place files side by side',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'mount paths that clean to one',
    [
      {
        code: 'duplicate-mount-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[1].mountPath',
        message:
          'container "app" mounts two volumes at "/srv/data" (written "/srv//data/." and "/srv/data"); the later mount hides the earlier',
        fix: 'mount each volume at its own path, or use subPath to place files side by side',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation), after path.Clean (the API server compares the written strings)',
      },
    ],
  ],
  [
    'a relative mountPath with "..", suggested clean',
    [
      {
        code: 'invalid-mount-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].mountPath',
        message:
          'container "app" mount of volume "data" has relative mountPath "srv/../data"; the runtime resolves it against the container\'s root, not its working directory',
        fix: 'write it absolute, e.g. "/data"',
        rule: 'library policy: mount paths are absolute (the API server requires only a non-empty path, validation.ValidateVolumeMounts)',
      },
    ],
  ],
  [
    'subPath "/" and ".." at once, subPathExpr absolute',
    [
      {
        code: 'invalid-sub-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].subPath',
        message: 'container "app" mount of volume "data" has absolute subPath "/"; it must be relative to the volume\'s root',
        fix: 'drop the leading "/": "."',
        rule: 'validation.validateLocalDescendingPath (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-sub-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[1].subPath',
        message: 'container "app" mount of volume "data" has absolute subPath "/../x"; it must be relative to the volume\'s root',
        fix: 'drop the leading "/" and the ".." elements: "x"',
        rule: 'validation.validateLocalDescendingPath (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-sub-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[1].subPath',
        message: 'container "app" mount of volume "data" has subPath "/../x", which walks up with ".." out of the volume',
        fix: 'name a directory inside the volume, without ".."',
        rule: 'validation.validateLocalDescendingPath (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-sub-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[2].subPathExpr',
        message: 'container "app" mount of volume "data" has absolute subPathExpr "/$(POD)"; it must be relative to the volume\'s root',
        fix: 'drop the leading "/": "$(POD)"',
        rule: 'validation.validateLocalDescendingPath (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'mount of an undeclared volume',
    [
      {
        code: 'undeclared-volume',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].name',
        message: 'container "app" mounts volume "cache", which the pod does not declare',
        fix: 'declare the volume in spec.volumes, or mount one of "data"',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'empty mountPath',
    [
      {
        code: 'invalid-mount-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].mountPath',
        message: 'container "app" mount of volume "data" has no mountPath',
        fix: 'set mountPath to an absolute path such as "/data"',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'mountPath with ..',
    [
      {
        code: 'invalid-mount-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].mountPath',
        message:
          'container "app" mount of volume "data" has mountPath "/srv/../data", which walks up with ".."; the volume lands at "/data"',
        fix: 'write the path without "..", e.g. "/data"',
        rule: 'library policy, after validation.validatePathNoBacksteps (pkg/apis/core/validation), which the API server applies to subPath only',
      },
    ],
  ],
  [
    'subPathExpr walking up',
    [
      {
        code: 'invalid-sub-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].subPathExpr',
        message: 'container "app" mount of volume "data" has subPathExpr "$(POD)/../x", which walks up with ".." out of the volume',
        fix: 'name a directory inside the volume, without ".."',
        rule: 'validation.validateLocalDescendingPath (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'subPath and subPathExpr',
    [
      {
        code: 'invalid-sub-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].subPathExpr',
        message: 'container "app" mount of volume "data" sets both subPath and subPathExpr',
        fix: 'keep one of subPath or subPathExpr',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'image digest of an algorithm named like an Object property',
    [
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[0].image',
        message:
          'container "app" has image "web@constructor:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", which is not a valid image reference (the digest algorithm constructor is not supported (sha256, sha384 or sha512)); the kubelet fails the container with InvalidImageName',
        fix: 'write it as [registry[:port]/]repository[:tag][@sha256:<64 hex digits>], with a lowercase repository, e.g. "registry.example.com/team/app:1.0"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
    ],
  ],
  [
    'mount of an undeclared volume when two are declared',
    [
      {
        code: 'undeclared-volume',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].name',
        message: 'container "app" mounts volume "logs", which the pod does not declare',
        fix: 'declare the volume in spec.volumes, or mount one of "data", "cache"',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'mount without a mountPath',
    [
      {
        code: 'invalid-mount-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].mountPath',
        message: 'container "app" mount of volume "data" has no mountPath',
        fix: 'set mountPath to an absolute path such as "/data"',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'mount with mountPath ""',
    [
      {
        code: 'invalid-mount-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].mountPath',
        message: 'container "app" mount of volume "data" has no mountPath',
        fix: 'set mountPath to an absolute path such as "/data"',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'absolute subPath "/.."',
    [
      {
        code: 'invalid-sub-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].subPath',
        message: 'container "app" mount of volume "data" has absolute subPath "/.."; it must be relative to the volume\'s root',
        fix: 'drop the leading "/" and the ".." elements: "."',
        rule: 'validation.validateLocalDescendingPath (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-sub-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].subPath',
        message: 'container "app" mount of volume "data" has subPath "/..", which walks up with ".." out of the volume',
        fix: 'name a directory inside the volume, without ".."',
        rule: 'validation.validateLocalDescendingPath (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'absolute subPath of two leading slashes',
    [
      {
        code: 'invalid-sub-path',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0].subPath',
        message: 'container "app" mount of volume "data" has absolute subPath "//data"; it must be relative to the volume\'s root',
        fix: 'drop the leading "/": "data"',
        rule: 'validation.validateLocalDescendingPath (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'port without a containerPort',
    [
      {
        code: 'invalid-port',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[0].containerPort',
        message: 'container "app" port "http" has no containerPort',
        fix: 'set containerPort to the port the process listens on (1-65535)',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'port name of digits cut after a "-": the suggestion drops it',
    [
      {
        code: 'invalid-port-name',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[0].name',
        message:
          'container "app" has port name "123456789012_45", which is not an IANA service name (at most 15 lowercase letters, digits and "-", at least one letter, no "--", not starting or ending with "-")',
        fix: 'rename it, e.g. "p-123456789012"',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.httpGet.port',
        message:
          'container "app" readinessProbe targets port "http", which no port of the container is named; the kubelet cannot resolve it and the probe fails every time',
        fix: 'use one of the container\'s port names ("123456789012_45") or a port number',
        rule: 'probe.ResolveContainerPort (pkg/probe/util.go) and lifecycle.resolvePort (pkg/kubelet/lifecycle/handlers.go): an unknown port name fails on every run',
      },
    ],
  ],
  [
    'port name with a run of spaces',
    [
      {
        code: 'invalid-port-name',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[0].name',
        message:
          'container "app" has port name "Web  UI", which is not an IANA service name (at most 15 lowercase letters, digits and "-", at least one letter, no "--", not starting or ending with "-")',
        fix: 'rename it, e.g. "web-ui"',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.httpGet.port',
        message:
          'container "app" readinessProbe targets port "http", which no port of the container is named; the kubelet cannot resolve it and the probe fails every time',
        fix: 'use one of the container\'s port names ("Web  UI") or a port number',
        rule: 'probe.ResolveContainerPort (pkg/probe/util.go) and lifecycle.resolvePort (pkg/kubelet/lifecycle/handlers.go): an unknown port name fails on every run',
      },
    ],
  ],
  [
    'init container with a lifecycle hook',
    [
      {
        code: 'init-container-probe',
        severity: E,
        field: 'spec.template.spec.initContainers[0].lifecycle',
        message: 'init container "init" sets lifecycle, which an init container may set only as a native sidecar (restartPolicy: Always)',
        fix: 'remove lifecycle, or make init container "init" a native sidecar with restartPolicy: Always',
        rule: 'validation.validateInitContainers (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'init container of restartPolicy Never with a probe: not a native sidecar',
    [
      {
        code: 'invalid-restart-policy',
        severity: E,
        field: 'spec.template.spec.initContainers[0].restartPolicy',
        message: 'init container "init" has restartPolicy "Never"; an init container accepts only "Always" (a native sidecar)',
        fix: 'set restartPolicy: Always to run it beside the app, or remove restartPolicy to run it to completion first',
        rule: 'validation.validateInitContainerRestartPolicy (pkg/apis/core/validation)',
      },
      {
        code: 'init-container-probe',
        severity: E,
        field: 'spec.template.spec.initContainers[0].readinessProbe',
        message:
          'init container "init" sets readinessProbe, which an init container may set only as a native sidecar (restartPolicy: Always)',
        fix: 'remove readinessProbe, or make init container "init" a native sidecar with restartPolicy: Always',
        rule: 'validation.validateInitContainers (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'image with an uppercase registry and repository',
    [
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[0].image',
        message:
          'container "app" has image "Registry.Example.COM/Team/App:1", which is not a valid image reference (the repository name must be lowercase); the kubelet fails the container with InvalidImageName',
        fix: 'write the repository in lowercase, e.g. "Registry.Example.COM/team/app:1"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
    ],
  ],
  [
    'image with an uppercase repository of two components',
    [
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[0].image',
        message:
          'container "app" has image "Team/App:1", which is not a valid image reference (the repository name must be lowercase); the kubelet fails the container with InvalidImageName',
        fix: 'write the repository in lowercase, e.g. "team/app:1"',
        rule: 'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)',
      },
    ],
  ],
  [
    'volume named ""',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.volumes[1].name',
        message: 'volume #2 has no name',
        fix: 'give it a DNS-1123 label as name, e.g. "data"',
        rule: 'validation.ValidateVolumes (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'CronJob name cut inside a run of "-" and after an earlier "-"',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.name',
        message:
          'CronJob name "x-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa--bbbbbbbbbb" has 62 characters, more than 52: the CronJob controller appends an 11-character suffix to name its Jobs, which must stay within 63',
        fix: 'shorten it to at most 52 characters, e.g. "x-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"',
        rule: 'validation.ValidateCronJobCreate (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'label key with an empty prefix',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'metadata.labels[/app]',
        message:
          'label key "/app" on the Deployment is not a qualified name: an optional DNS subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
        fix: 'rename the key, e.g. "app"',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'label value of no allowed character',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'metadata.labels[app]',
        message:
          'label "app" on the Deployment has value "!!!", which is not a label value (at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, or empty)',
        fix: 'use a value such as ""',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'label value with runs of dots around and a run of spaces inside',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'metadata.labels[app]',
        message:
          'label "app" on the Deployment has value "..a  b..", which is not a label value (at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, or empty)',
        fix: 'use a value such as "a-b"',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'label value too long, with a space',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'metadata.labels[app]',
        message:
          'label "app" on the Deployment has value "a bcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", which is not a label value (at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, or empty)',
        fix: 'use a value such as "a-bcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'label value an object',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'metadata.labels[app]',
        message: 'label "app" on the Deployment is an object; label values are strings',
        fix: 'quote the value: "{\\"a\\":1}"',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'container named ""',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.containers[0].name',
        message: 'container #1 has no name',
        fix: 'give it a DNS-1123 label as name, e.g. "app"',
        rule: 'validation.validateContainerCommon (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'quantities of the wrong type',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.limits[memory]',
        message: 'container "app" has memory limit a list, which is not a quantity',
        fix: 'write a number with an optional suffix: "500m", "1.5", "256Mi", "1Gi" (K is written k, and only binary suffixes end in i)',
        rule: 'resource.ParseQuantity (staging/src/k8s.io/apimachinery/pkg/api/resource)',
      },
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.requests[cpu]',
        message: 'container "app" has cpu request true, which is not a quantity',
        fix: 'write a number with an optional suffix: "500m", "1.5", "256Mi", "1Gi" (K is written k, and only binary suffixes end in i)',
        rule: 'resource.ParseQuantity (staging/src/k8s.io/apimachinery/pkg/api/resource)',
      },
    ],
  ],
  [
    'hugepages request without a limit, and below its limit',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.limits',
        message: 'container "app" requests 4Mi of hugepages-2Mi without a limit; hugepages-2Mi cannot be overcommitted',
        fix: 'add limits.hugepages-2Mi: "4Mi"',
        rule: 'validation.validateResourceRequirements (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.requests[hugepages-1Gi]',
        message:
          'container "app" requests 1Gi of hugepages-1Gi but limits it to 2Gi; hugepages-1Gi cannot be overcommitted, so request and limit must be equal',
        fix: 'set the request to 2Gi, or leave it out (it defaults to the limit)',
        rule: 'validation.validateResourceRequirements (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'extended resource requested without a limit',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.limits',
        message: 'container "app" requests 1 of example.com/gpu without a limit; example.com/gpu cannot be overcommitted',
        fix: 'add limits.example.com/gpu: "1"',
        rule: 'validation.validateResourceRequirements (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'extended resource whose limit does not parse: one finding',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.limits[example.com/gpu]',
        message: 'container "app" has example.com/gpu limit "one", which is not a quantity',
        fix: 'write a number with an optional suffix: "500m", "1.5", "256Mi", "1Gi" (K is written k, and only binary suffixes end in i)',
        rule: 'resource.ParseQuantity (staging/src/k8s.io/apimachinery/pkg/api/resource)',
      },
    ],
  ],
  [
    'fractional ephemeral-storage limit, memory request',
    [
      {
        code: 'invalid-quantity',
        severity: W,
        field: 'spec.template.spec.containers[0].resources.limits[ephemeral-storage]',
        message: 'container "app" has ephemeral-storage limit 1.5, a fractional number of bytes',
        fix: 'use whole bytes: a plain number or a suffix such as "128Mi" (the m suffix means thousandths, not mega)',
        rule: 'pod.warningsForPodSpecAndMeta (pkg/api/pod/warnings.go)',
      },
      {
        code: 'invalid-quantity',
        severity: W,
        field: 'spec.template.spec.containers[0].resources.requests[memory]',
        message: 'container "app" has memory request 0.5, a fractional number of bytes',
        fix: 'use whole bytes: a plain number or a suffix such as "128Mi" (the m suffix means thousandths, not mega)',
        rule: 'pod.warningsForPodSpecAndMeta (pkg/api/pod/warnings.go)',
      },
    ],
  ],
  [
    'negative limit, request above a limit that does not parse',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.limits[cpu]',
        message: 'container "app" has cpu limit "1 core", which is not a quantity',
        fix: 'write a number with an optional suffix: "500m", "1.5", "256Mi", "1Gi" (K is written k, and only binary suffixes end in i)',
        rule: 'resource.ParseQuantity (staging/src/k8s.io/apimachinery/pkg/api/resource)',
      },
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.limits[memory]',
        message: 'container "app" has a negative memory limit (-1Gi)',
        fix: 'use a quantity of 0 or more',
        rule: 'validation.ValidateResourceQuantityValue (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'quantity that does not parse',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.limits[memory]',
        message: 'container "app" has memory limit "256MB", which is not a quantity',
        fix: 'write a number with an optional suffix: "500m", "1.5", "256Mi", "1Gi" (K is written k, and only binary suffixes end in i)',
        rule: 'resource.ParseQuantity (staging/src/k8s.io/apimachinery/pkg/api/resource)',
      },
    ],
  ],
  [
    'upper-case K',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.requests[memory]',
        message: 'container "app" has memory request "1K", which is not a quantity',
        fix: 'write a number with an optional suffix: "500m", "1.5", "256Mi", "1Gi" (K is written k, and only binary suffixes end in i)',
        rule: 'resource.ParseQuantity (staging/src/k8s.io/apimachinery/pkg/api/resource)',
      },
    ],
  ],
  [
    'negative request',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.requests[cpu]',
        message: 'container "app" has a negative cpu request (-1)',
        fix: 'use a quantity of 0 or more',
        rule: 'validation.ValidateResourceQuantityValue (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'request above limit',
    [
      {
        code: 'request-above-limit',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.requests[cpu]',
        message: 'container "app" requests 1 of cpu, more than its limit of 500m',
        fix: 'lower the request to at most 500m, or raise the limit to at least 1',
        rule: 'validation.validateResourceRequirements (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'cpu limit of 0',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.limits[cpu]',
        message: 'container "app" has a cpu limit of 0, which the kubelet treats as no limit at all',
        fix: 'set a positive cpu limit, or remove it to run without one',
        rule: 'cm.MilliCPUToQuota (pkg/kubelet/cm/helpers_linux.go)',
      },
    ],
  ],
  [
    'memory limit of 0 as a number',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.limits[memory]',
        message: 'container "app" has a memory limit of 0, which the kubelet treats as no limit at all',
        fix: 'set a positive memory limit, or remove it to run without one',
        rule: 'kuberuntime.calculateLinuxResources (pkg/kubelet/kuberuntime)',
      },
    ],
  ],
  [
    'extended resource request below its limit',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.requests[example.com/gpu]',
        message:
          'container "app" requests 1 of example.com/gpu but limits it to 2; example.com/gpu cannot be overcommitted, so request and limit must be equal',
        fix: 'set the request to 2, or leave it out (it defaults to the limit)',
        rule: 'validation.validateResourceRequirements (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'fractional extended resource',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.limits[example.com/gpu]',
        message: 'container "app" has example.com/gpu limit 500m; extended resources are counted in whole units',
        fix: 'use a whole number',
        rule: 'validation.ValidateResourceQuantityValue (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'quantity that is a list of one number',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.limits[cpu]',
        message: 'container "app" has cpu limit a list, which is not a quantity',
        fix: 'write a number with an optional suffix: "500m", "1.5", "256Mi", "1Gi" (K is written k, and only binary suffixes end in i)',
        rule: 'resource.ParseQuantity (staging/src/k8s.io/apimachinery/pkg/api/resource)',
      },
    ],
  ],
  [
    'a memory limit of null reads as 0, as Go decodes it',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.limits[memory]',
        message: 'container "app" has a memory limit of 0, which the kubelet treats as no limit at all',
        fix: 'set a positive memory limit, or remove it to run without one',
        rule: 'kuberuntime.calculateLinuxResources (pkg/kubelet/kuberuntime)',
      },
    ],
  ],
  [
    'a quantity after a byte order mark, which Go does not trim',
    [
      {
        code: 'invalid-quantity',
        severity: E,
        field: 'spec.template.spec.containers[0].resources.limits[cpu]',
        message: 'container "app" has cpu limit "﻿1", which is not a quantity',
        fix: 'write a number with an optional suffix: "500m", "1.5", "256Mi", "1Gi" (K is written k, and only binary suffixes end in i)',
        rule: 'resource.ParseQuantity (staging/src/k8s.io/apimachinery/pkg/api/resource)',
      },
    ],
  ],
  [
    'a probe whose only handler is grpc: null',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe',
        message: 'container "app" readinessProbe has no handler',
        fix: 'set one of exec, httpGet, tcpSocket, grpc',
        rule: 'validation.validateProbe (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'grpc with port null',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.grpc.port',
        message: 'container "app" readinessProbe calls gRPC without a port',
        fix: 'set port to the gRPC server port number (names are not accepted for gRPC)',
        rule: 'validation.validateGRPCAction (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'a header name that is an object',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.httpGet.httpHeaders[0].name',
        message: 'container "app" readinessProbe sends header an object, which is not an HTTP header name (letters, digits and "-")',
        fix: 'use a header name such as "X-Probe"',
        rule: 'validation.validateHTTPGetAction (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'a port name no port has: the names offered are the string ones',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.httpGet.port',
        message:
          'container "app" readinessProbe targets port "web", which no port of the container is named; the kubelet cannot resolve it and the probe fails every time',
        fix: 'use one of the container\'s port names ("http", "admin") or a port number',
        rule: 'probe.ResolveContainerPort (pkg/probe/util.go) and lifecycle.resolvePort (pkg/kubelet/lifecycle/handlers.go): an unknown port name fails on every run',
      },
    ],
  ],
  [
    'probe that is not an object',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe',
        message: 'container "app" readinessProbe is "http", not an object',
        fix: 'write the probe as an object with one handler',
        rule: 'validation.validateProbe (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'timings that are fractional, quoted or negative (a negative successThreshold is not 1 either)',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].livenessProbe.initialDelaySeconds',
        message: 'container "app" livenessProbe has initialDelaySeconds 1.5; it must be a whole number of 0 or more',
        fix: 'set initialDelaySeconds to a whole number (0 or absent takes the default)',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].livenessProbe.timeoutSeconds',
        message: 'container "app" livenessProbe has timeoutSeconds "5"; it must be a whole number of 0 or more',
        fix: 'set timeoutSeconds to a whole number (0 or absent takes the default)',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].livenessProbe.successThreshold',
        message: 'container "app" livenessProbe has successThreshold -1; it must be a whole number of 0 or more',
        fix: 'set successThreshold to a whole number (0 or absent takes the default)',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].livenessProbe.failureThreshold',
        message: 'container "app" livenessProbe has failureThreshold -3; it must be a whole number of 0 or more',
        fix: 'set failureThreshold to a whole number (0 or absent takes the default)',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].livenessProbe.successThreshold',
        message: 'container "app" livenessProbe has successThreshold -1; liveness probes require 1',
        fix: 'set successThreshold to 1 or remove it',
        rule: 'validation.validateLivenessProbe (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'startup successThreshold 3, grace period fractional',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].startupProbe.successThreshold',
        message: 'container "app" startupProbe has successThreshold 3; startup probes require 1',
        fix: 'set successThreshold to 1 or remove it',
        rule: 'validation.validateStartupProbe (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].startupProbe.terminationGracePeriodSeconds',
        message: 'container "app" startupProbe has terminationGracePeriodSeconds 2.5; it must be a whole number above 0',
        fix: 'set it to 1 or more, or remove it to use the pod grace period',
        rule: 'validation.validateProbe (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'exec with an empty command, grpc without port, tcpSocket without port',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].livenessProbe.grpc.port',
        message: 'container "app" livenessProbe calls gRPC without a port',
        fix: 'set port to the gRPC server port number (names are not accepted for gRPC)',
        rule: 'validation.validateGRPCAction (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.exec.command',
        message: 'container "app" readinessProbe runs exec without a command',
        fix: 'set command, e.g. ["cat", "/tmp/healthy"]',
        rule: 'validation.validateExecAction (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].startupProbe.tcpSocket.port',
        message: 'container "app" startupProbe has no port',
        fix: 'use a port number (1-65535) or the name of one of the container ports',
        rule: 'validation.ValidatePortNumOrName (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'grpc on ports 0 and 65536',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].livenessProbe.grpc.port',
        message: 'container "app" livenessProbe calls gRPC on port 65536; a gRPC probe needs a port number from 1 to 65535',
        fix: 'set port to the gRPC server port number (names are not accepted for gRPC)',
        rule: 'validation.validateGRPCAction (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.grpc.port',
        message: 'container "app" readinessProbe calls gRPC on port 0; a gRPC probe needs a port number from 1 to 65535',
        fix: 'set port to the gRPC server port number (names are not accepted for gRPC)',
        rule: 'validation.validateGRPCAction (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'port names: not IANA, not a string, and a container without named ports',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].livenessProbe.httpGet.port',
        message: 'container "app" livenessProbe targets port "Web_Port", which is neither a port number nor an IANA service name',
        fix: 'use a port number (1-65535) or the name of one of the container ports',
        rule: 'validation.ValidatePortNumOrName (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.httpGet.port',
        message:
          'container "app" readinessProbe targets port "web", which no port of the container is named; the kubelet cannot resolve it and the probe fails every time',
        fix: 'name a container port "web", or use a port number',
        rule: 'probe.ResolveContainerPort (pkg/probe/util.go) and lifecycle.resolvePort (pkg/kubelet/lifecycle/handlers.go): an unknown port name fails on every run',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].startupProbe.httpGet.port',
        message: 'container "app" startupProbe targets port true, which is neither a port number nor an IANA service name',
        fix: 'use a port number (1-65535) or the name of one of the container ports',
        rule: 'validation.ValidatePortNumOrName (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'a named port among several, on tcpSocket',
    [
      {
        code: 'invalid-port',
        severity: E,
        field: 'spec.template.spec.containers[0].ports[1]',
        message: 'container "app" has port #2 that is "x", not an object',
        fix: 'write the port as { containerPort: 8080 }',
        rule: 'validation.validateContainerPorts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'httpGet scheme and headers',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.httpGet.scheme',
        message: 'container "app" readinessProbe uses scheme "https"',
        fix: 'use "HTTP" or "HTTPS" (uppercase)',
        rule: 'validation.validateHTTPGetAction (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.httpGet.httpHeaders[0].name',
        message: 'container "app" readinessProbe sends header "X Probe", which is not an HTTP header name (letters, digits and "-")',
        fix: 'use a header name such as "X-Probe"',
        rule: 'validation.validateHTTPGetAction (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.httpGet.httpHeaders[1].name',
        message: 'container "app" readinessProbe sends header 5, which is not an HTTP header name (letters, digits and "-")',
        fix: 'use a header name such as "X-Probe"',
        rule: 'validation.validateHTTPGetAction (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'postStart with two handlers, preStop with a grpc handler only',
    [
      {
        code: 'invalid-lifecycle',
        severity: E,
        field: 'spec.template.spec.containers[0].lifecycle.postStart.httpGet',
        message: 'container "app" postStart hook has both exec and httpGet',
        fix: 'keep one handler: exec or httpGet',
        rule: 'validation.validateHandler (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-lifecycle',
        severity: E,
        field: 'spec.template.spec.containers[0].lifecycle.preStop',
        message: 'container "app" preStop hook has no handler (grpc is a probe handler, not a lifecycle hook handler)',
        fix: 'set one of exec, httpGet, tcpSocket',
        rule: 'validation.validateLifecycle (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'hooks that are not objects, or null',
    [
      {
        code: 'invalid-lifecycle',
        severity: E,
        field: 'spec.template.spec.containers[0].lifecycle.postStart',
        message: 'container "app" postStart hook has no handler',
        fix: 'set one of exec, httpGet, tcpSocket',
        rule: 'validation.validateLifecycle (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'probe with two handlers',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.tcpSocket',
        message: 'container "app" readinessProbe has both httpGet and tcpSocket',
        fix: 'keep one handler: httpGet or tcpSocket',
        rule: 'validation.validateHandler (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'liveness successThreshold 2',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].livenessProbe.successThreshold',
        message: 'container "app" livenessProbe has successThreshold 2; liveness probes require 1',
        fix: 'set successThreshold to 1 or remove it',
        rule: 'validation.validateLivenessProbe (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'negative period',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.periodSeconds',
        message: 'container "app" readinessProbe has periodSeconds -1; it must be a whole number of 0 or more',
        fix: 'set periodSeconds to a whole number (0 or absent takes the default)',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'probe terminationGracePeriodSeconds of 0',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].startupProbe.terminationGracePeriodSeconds',
        message: 'container "app" startupProbe has terminationGracePeriodSeconds 0; it must be a whole number above 0',
        fix: 'set it to 1 or more, or remove it to use the pod grace period',
        rule: 'validation.validateProbe (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'terminationGracePeriodSeconds on a readiness probe',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.terminationGracePeriodSeconds',
        message:
          'container "app" readinessProbe sets terminationGracePeriodSeconds, which readiness probes may not set (a failed readiness probe kills nothing)',
        fix: 'remove terminationGracePeriodSeconds from the readiness probe',
        rule: 'validation.validateReadinessProbe (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'httpGet on port 0',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.httpGet.port',
        message: 'container "app" readinessProbe targets port 0, which is not a port number from 1 to 65535',
        fix: 'use a port number from 1 to 65535 or a named container port',
        rule: 'validation.ValidatePortNumOrName (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'grpc by port name',
    [
      {
        code: 'invalid-probe',
        severity: E,
        field: 'spec.template.spec.containers[0].readinessProbe.grpc.port',
        message: 'container "app" readinessProbe calls gRPC on port "http"; a gRPC probe needs a port number from 1 to 65535',
        fix: 'set port to the gRPC server port number (names are not accepted for gRPC)',
        rule: 'validation.validateGRPCAction (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'preStop without handler (sleep is 1.29)',
    [
      {
        code: 'invalid-lifecycle',
        severity: E,
        field: 'spec.template.spec.containers[0].lifecycle.preStop',
        message: 'container "app" preStop hook has no handler (the sleep handler needs Kubernetes 1.29)',
        fix: 'set one of exec, httpGet, tcpSocket',
        rule: 'validation.validateLifecycle (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'probe on an init container',
    [
      {
        code: 'init-container-probe',
        severity: E,
        field: 'spec.template.spec.initContainers[0].livenessProbe',
        message:
          'init container "init" sets livenessProbe, which an init container may set only as a native sidecar (restartPolicy: Always)',
        fix: 'remove livenessProbe, or make init container "init" a native sidecar with restartPolicy: Always',
        rule: 'validation.validateInitContainers (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'init container restartPolicy other than Always',
    [
      {
        code: 'invalid-restart-policy',
        severity: E,
        field: 'spec.template.spec.initContainers[0].restartPolicy',
        message: 'init container "init" has restartPolicy "OnFailure"; an init container accepts only "Always" (a native sidecar)',
        fix: 'set restartPolicy: Always to run it beside the app, or remove restartPolicy to run it to completion first',
        rule: 'validation.validateInitContainerRestartPolicy (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'restartPolicy on a regular container',
    [
      {
        code: 'invalid-restart-policy',
        severity: E,
        field: 'spec.template.spec.containers[0].restartPolicy',
        message: 'container "app" sets restartPolicy, which only init containers may set',
        fix: 'remove restartPolicy, or move the container to initContainers with restartPolicy: Always to make it a native sidecar',
        rule: 'validation.validateContainers (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'priorityClassName and nodeName that are not subdomains',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.priorityClassName',
        message:
          'the pod\'s priorityClassName "High_Priority" is not a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", at most 253 characters)',
        fix: 'use e.g. "high-priority"',
        rule: 'validation.ValidatePodSpec (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.nodeName',
        message:
          'the pod\'s nodeName "Node 1" is not a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", at most 253 characters)',
        fix: 'use e.g. "node-1"',
        rule: 'validation.ValidatePodSpec (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'a toleration with neither key nor operator',
    [
      {
        code: 'invalid-toleration',
        severity: E,
        field: 'spec.template.spec.tolerations[0].operator',
        message: 'toleration #1 has no key, which means "every taint", but its operator is "Equal"',
        fix: 'set operator: Exists to tolerate every taint, or give the taint key',
        rule: 'validation.ValidateTolerations (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'pod template annotation key',
    [
      {
        code: 'invalid-annotation',
        severity: E,
        field: 'spec.template.metadata.annotations[bad key]',
        message:
          'annotation key "bad key" on the pod template is not a qualified name: an optional DNS subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit (case aside)',
        fix: 'rename the key, e.g. "bad-key"',
        rule: 'validation.ValidateAnnotations (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'pod template without metadata',
    [
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.template.metadata.labels',
        message:
          "the Deployment's selector does not match its pod template's labels, so the Deployment would never own the pods it creates",
        fix: 'add the selector\'s labels to spec.template.metadata.labels ({"app":"web"})',
        rule: 'validation.ValidateDeploymentSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'QoS annotation Guaranteed on a Burstable pod',
    [
      {
        code: 'qos-mismatch',
        severity: E,
        field: 'spec.template.metadata.annotations[pod-patterns.io/qos-class]',
        message:
          'the pod template is annotated QoS class "Guaranteed", but the kubelet will compute Burstable from its containers\' requests and limits (those a webhook injects included)',
        fix: 'for Guaranteed, give every container (init containers included) cpu and memory limits equal to its requests',
        rule: 'qos.ComputePodQOS (pkg/apis/core/helper/qos)',
      },
    ],
  ],
  [
    'QoS annotation Guaranteed on a bare Burstable Pod',
    [
      {
        code: 'qos-mismatch',
        severity: E,
        field: 'metadata.annotations[pod-patterns.io/qos-class]',
        message:
          'the Pod is annotated QoS class "Guaranteed", but the kubelet will compute Burstable from its containers\' requests and limits (those a webhook injects included)',
        fix: 'for Guaranteed, give every container (init containers included) cpu and memory limits equal to its requests',
        rule: 'qos.ComputePodQOS (pkg/apis/core/helper/qos)',
      },
    ],
  ],
  [
    'QoS annotation Burstable on a Guaranteed pod',
    [
      {
        code: 'qos-mismatch',
        severity: E,
        field: 'spec.template.metadata.annotations[pod-patterns.io/qos-class]',
        message:
          'the pod template is annotated QoS class "Burstable", but the kubelet will compute Guaranteed from its containers\' requests and limits (those a webhook injects included)',
        fix: 'annotate "Guaranteed", or change requests and limits to match "Burstable"',
        rule: 'qos.ComputePodQOS (pkg/apis/core/helper/qos)',
      },
    ],
  ],
  [
    'QoS annotation BestEffort on a Burstable pod',
    [
      {
        code: 'qos-mismatch',
        severity: E,
        field: 'spec.template.metadata.annotations[pod-patterns.io/qos-class]',
        message:
          'the pod template is annotated QoS class "BestEffort", but the kubelet will compute Burstable from its containers\' requests and limits (those a webhook injects included)',
        fix: 'annotate "Burstable", or change requests and limits to match "BestEffort"',
        rule: 'qos.ComputePodQOS (pkg/apis/core/helper/qos)',
      },
    ],
  ],
  [
    'pod spec that is not an object: the selector is not matched against it',
    [
      {
        code: 'missing-container',
        severity: E,
        field: 'spec.template.spec',
        message: 'the pod spec is "app", not an object',
        fix: 'write a pod spec with at least one container',
        rule: 'validation.ValidatePodSpec (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'pod template that is not an object: the selector is not matched against it',
    [
      {
        code: 'missing-container',
        severity: E,
        field: 'spec.template',
        message: 'the pod template is "web", not an object',
        fix: 'add a template with metadata.labels and a spec with containers',
        rule: 'validation.ValidatePodTemplateSpec (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'containers and init containers that are not objects',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.containers[1]',
        message: 'container #2 is "sidecar", not an object',
        fix: 'write the container as an object',
        rule: 'validation.validateContainers (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.initContainers[0]',
        message: 'init container #1 is 5, not an object',
        fix: 'write the init container as an object',
        rule: 'validation.validateInitContainers (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'containers without a name, or named by a number',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.containers[1].name',
        message: 'container #2 has no name',
        fix: 'give it a DNS-1123 label as name, e.g. "app"',
        rule: 'validation.validateContainerCommon (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.containers[2].name',
        message: 'container #3 has no name (it is 5)',
        fix: 'give it a DNS-1123 label as name, e.g. "app"',
        rule: 'validation.validateContainerCommon (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'images empty or not a string',
    [
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[0].image',
        message: 'container "app" has no image',
        fix: 'set image to a reference such as "registry.example.com/team/app:1.0"',
        rule: 'validation.validateContainerCommon (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[1].image',
        message: 'container "proxy" has image 5, not a string',
        fix: 'set image to a reference such as "registry.example.com/team/app:1.0"',
        rule: 'validation.validateContainerCommon (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'volume mount that is not an object',
    [
      {
        code: 'undeclared-volume',
        severity: E,
        field: 'spec.template.spec.containers[0].volumeMounts[0]',
        message: 'container "app" has volume mount #1 that is "data", not an object',
        fix: 'write the mount as { name, mountPath }',
        rule: 'validation.ValidateVolumeMounts (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'hostUsers written as a string',
    [
      {
        code: 'invalid-manifest',
        severity: E,
        field: 'spec.template.spec.hostUsers',
        message: 'the pod\'s hostUsers is "false", not true or false',
        fix: 'use hostUsers: false for a user namespace of its own, or leave it out',
        rule: 'validation.ValidatePodSpec (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'a user namespace beside namespaces of the node',
    [
      {
        code: 'user-namespace-feature-gate',
        severity: W,
        field: 'spec.template.spec.hostUsers',
        message:
          "the pod asks for a user namespace of its own (hostUsers: false), which Kubernetes 1.28 honours only with the alpha UserNamespacesSupport feature gate; without it the API server drops the field and the pod runs in the node's user namespace, its root the node's root",
        fix: 'enable the UserNamespacesSupport feature gate on the API server and kubelets (nodes need Linux 6.3 or later and a runtime that supports user namespaces: CRI-O 1.25+, containerd 2.0+), or treat the setting as documentation only',
        rule: 'pod.dropDisabledFields (pkg/api/pod/util.go, 1.28)',
      },
      {
        code: 'user-namespace-host-namespace',
        severity: E,
        field: 'spec.template.spec.hostNetwork',
        message:
          'the pod has a user namespace of its own (hostUsers: false) and hostNetwork: true; Kubernetes refuses a user namespace together with a namespace of the node',
        fix: "drop hostNetwork, or run the pod in the node's user namespace",
        rule: 'validation.validateHostUsers (pkg/apis/core/validation)',
      },
      {
        code: 'user-namespace-host-namespace',
        severity: E,
        field: 'spec.template.spec.hostPID',
        message:
          'the pod has a user namespace of its own (hostUsers: false) and hostPID: true; Kubernetes refuses a user namespace together with a namespace of the node',
        fix: "drop hostPID, or run the pod in the node's user namespace",
        rule: 'validation.validateHostUsers (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'termination grace period not a whole number',
    [
      {
        code: 'invalid-termination-grace',
        severity: E,
        field: 'spec.template.spec.terminationGracePeriodSeconds',
        message: "the pod's terminationGracePeriodSeconds is 1.5, not a whole number of seconds",
        fix: 'use 0 or more seconds (30 is the default)',
        rule: 'pod.warningsForPodSpecAndMeta (pkg/api/pod/warnings.go); required by validation.ValidatePodSpec (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Pod activeDeadlineSeconds above the int32 range',
    [
      {
        code: 'invalid-active-deadline',
        severity: E,
        field: 'spec.activeDeadlineSeconds',
        message: "the pod's activeDeadlineSeconds is 2147483648; it must be from 1 to 2147483647",
        fix: 'use a whole number of seconds of 1 or more, or remove it',
        rule: 'validation.ValidatePodSpec (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'hostname that is a number',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.hostname',
        message:
          'the pod\'s hostname 5 is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)',
        fix: 'use e.g. "5"',
        rule: 'validation.ValidatePodSpec (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'nodeSelector that is not a map',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.template.spec.nodeSelector',
        message: 'labels in the nodeSelector are "ssd", not a map',
        fix: 'write them as key: value pairs',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'tolerations: unknown operator, a value that is a number, an effect that is not a string',
    [
      {
        code: 'invalid-toleration',
        severity: E,
        field: 'spec.template.spec.tolerations[0].operator',
        message: 'toleration #1 ("k") has operator "In"',
        fix: 'use Equal or Exists',
        rule: 'validation.ValidateTolerations (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-toleration',
        severity: E,
        field: 'spec.template.spec.tolerations[1].value',
        message: 'toleration #2 ("k") has value 5, which is not a label value (at most 63 letters, digits, "-", "_" or ".")',
        fix: 'use the taint value exactly as the node has it',
        rule: 'validation.ValidateTolerations (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-toleration',
        severity: E,
        field: 'spec.template.spec.tolerations[2].effect',
        message: 'toleration #3 ("k") has effect 5',
        fix: 'use NoSchedule, PreferNoSchedule or NoExecute, or leave it empty for every effect',
        rule: 'validation.validateTaintEffect (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-toleration',
        severity: E,
        field: 'spec.template.spec.tolerations[3]',
        message: 'toleration #4 is "k", not an object',
        fix: 'write the toleration as { key, operator, value, effect }',
        rule: 'validation.ValidateTolerations (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'no containers',
    [
      {
        code: 'missing-container',
        severity: E,
        field: 'spec.template.spec.containers',
        message: "the pod's containers list is empty",
        fix: 'add at least one container with a name and an image',
        rule: 'validation.validateContainers (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'containers absent',
    [
      {
        code: 'missing-container',
        severity: E,
        field: 'spec.template.spec.containers',
        message: 'the pod has no containers',
        fix: 'add at least one container with a name and an image',
        rule: 'validation.validateContainers (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'containers not a list',
    [
      {
        code: 'missing-container',
        severity: E,
        field: 'spec.template.spec.containers',
        message: 'the pod\'s containers are "app", not a list',
        fix: 'add at least one container with a name and an image',
        rule: 'validation.validateContainers (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'volume name',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.volumes[1].name',
        message:
          'volume "Cache" has a name that is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)',
        fix: 'rename it (and its mounts), e.g. "cache"',
        rule: 'validation.ValidateVolumes (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'volume declared twice',
    [
      {
        code: 'duplicate-volume',
        severity: E,
        field: 'spec.template.spec.volumes[1].name',
        message: 'two volumes are named "data"',
        fix: 'give each volume its own name',
        rule: 'validation.ValidateVolumes (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'volume with two sources',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].configMap',
        message: 'volume "data" has two sources, emptyDir and configMap',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'configMap items: bad key, absolute path, ..-prefixed path, mode above 0777',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].configMap.items[0].key',
        message:
          "volume \"data\" projects key \"a key\", which no ConfigMap can have (keys are letters, digits, '-', '_' or '.', at most 253, not '.' or starting with '..')",
        fix: "set key to one of the ConfigMap's data keys",
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation); keys: validation.IsConfigMapKey (staging/src/k8s.io/apimachinery/pkg/util/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].configMap.items[1].path',
        message: 'volume "data" writes item path "/etc/b", which must be relative, without ".." and not starting with ".."',
        fix: 'use a path inside the volume, e.g. "etc/b"',
        rule: 'validation.ValidateLocalNonReservedPath (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].configMap.items[2].path',
        message: 'volume "data" writes item path "..c", which must be relative, without ".." and not starting with ".."',
        fix: 'use a path inside the volume, e.g. "c"',
        rule: 'validation.ValidateLocalNonReservedPath (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].configMap.items[3].mode',
        message:
          'volume "data" has mode 1000, which is not a number from 0 to 0777 (octal), written in JSON as decimal 0 to 511 (0644 is 420)',
        fix: 'use a mode such as 420 (0644) or 256 (0400)',
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'projected sources writing one path twice',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].projected.sources[1].secret.items[0].path',
        message: 'volume "data" writes two items to "p"',
        fix: 'give each item its own path',
        rule: 'validation.validateProjectionSources (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'tolerations',
    [
      {
        code: 'invalid-toleration',
        severity: E,
        field: 'spec.template.spec.tolerations[0].key',
        message: 'toleration #1 ("bad key") has key "bad key", which is not a qualified name (a taint key)',
        fix: 'use the taint key, e.g. "node.kubernetes.io/unreachable"',
        rule: 'validation.ValidateTolerations (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-toleration',
        severity: E,
        field: 'spec.template.spec.tolerations[1].operator',
        message: 'toleration #2 has no key, which means "every taint", but its operator is "Equal"',
        fix: 'set operator: Exists to tolerate every taint, or give the taint key',
        rule: 'validation.ValidateTolerations (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-toleration',
        severity: E,
        field: 'spec.template.spec.tolerations[2].value',
        message: 'toleration #3 ("k") uses Exists with a value',
        fix: 'remove the value, or use operator: Equal',
        rule: 'validation.ValidateTolerations (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-toleration',
        severity: E,
        field: 'spec.template.spec.tolerations[3].value',
        message: 'toleration #4 ("k") has value "a b", which is not a label value (at most 63 letters, digits, "-", "_" or ".")',
        fix: 'use the taint value exactly as the node has it',
        rule: 'validation.ValidateTolerations (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-toleration',
        severity: E,
        field: 'spec.template.spec.tolerations[4].effect',
        message: 'toleration #5 ("k") has effect "NoEvict"',
        fix: 'use NoSchedule, PreferNoSchedule or NoExecute, or leave it empty for every effect',
        rule: 'validation.validateTaintEffect (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-toleration',
        severity: E,
        field: 'spec.template.spec.tolerations[5].effect',
        message: 'toleration #6 ("k") sets tolerationSeconds with effect "NoSchedule"; tolerationSeconds applies only to NoExecute',
        fix: 'set effect: NoExecute, or remove tolerationSeconds',
        rule: 'validation.ValidateTolerations (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'negative termination grace period',
    [
      {
        code: 'invalid-termination-grace',
        severity: E,
        field: 'spec.template.spec.terminationGracePeriodSeconds',
        message:
          "the pod's terminationGracePeriodSeconds is -1; Kubernetes 1.28 accepts a negative value with a warning and treats it as 1 second",
        fix: 'use 0 or more seconds (30 is the default)',
        rule: 'pod.warningsForPodSpecAndMeta (pkg/api/pod/warnings.go); required by validation.ValidatePodSpec (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'hostname',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.hostname',
        message:
          'the pod\'s hostname "Web" is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)',
        fix: 'use e.g. "web"',
        rule: 'validation.ValidatePodSpec (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'subdomain with a dot',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.subdomain',
        message:
          'the pod\'s subdomain "a.b" is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)',
        fix: 'use e.g. "a-b"',
        rule: 'validation.ValidatePodSpec (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'serviceAccountName',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.serviceAccountName',
        message:
          'the pod\'s serviceAccountName "Web" is not a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", at most 253 characters)',
        fix: 'use e.g. "web"',
        rule: 'validation.ValidatePodSpec (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'pod restartPolicy',
    [
      {
        code: 'invalid-restart-policy',
        severity: E,
        field: 'spec.restartPolicy',
        message: 'the pod\'s restartPolicy is "Sometimes", not Always, OnFailure or Never',
        fix: 'use Always, OnFailure or Never',
        rule: 'validation.validateRestartPolicy (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'hostPath as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].hostPath',
        message: 'volume "data" has two sources, emptyDir and hostPath',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'gcePersistentDisk as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].gcePersistentDisk',
        message: 'volume "data" has two sources, emptyDir and gcePersistentDisk',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'awsElasticBlockStore as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].awsElasticBlockStore',
        message: 'volume "data" has two sources, emptyDir and awsElasticBlockStore',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'gitRepo as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].gitRepo',
        message: 'volume "data" has two sources, emptyDir and gitRepo',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'secret as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].secret',
        message: 'volume "data" has two sources, emptyDir and secret',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'nfs as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].nfs',
        message: 'volume "data" has two sources, emptyDir and nfs',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'iscsi as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].iscsi',
        message: 'volume "data" has two sources, emptyDir and iscsi',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'glusterfs as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].glusterfs',
        message: 'volume "data" has two sources, emptyDir and glusterfs',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'persistentVolumeClaim as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].persistentVolumeClaim',
        message: 'volume "data" has two sources, emptyDir and persistentVolumeClaim',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'rbd as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].rbd',
        message: 'volume "data" has two sources, emptyDir and rbd',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'flexVolume as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].flexVolume',
        message: 'volume "data" has two sources, emptyDir and flexVolume',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'cinder as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].cinder',
        message: 'volume "data" has two sources, emptyDir and cinder',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'cephfs as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].cephfs',
        message: 'volume "data" has two sources, emptyDir and cephfs',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'flocker as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].flocker',
        message: 'volume "data" has two sources, emptyDir and flocker',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'downwardAPI as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].downwardAPI',
        message: 'volume "data" has two sources, emptyDir and downwardAPI',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'fc as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].fc',
        message: 'volume "data" has two sources, emptyDir and fc',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'azureFile as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].azureFile',
        message: 'volume "data" has two sources, emptyDir and azureFile',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'vsphereVolume as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].vsphereVolume',
        message: 'volume "data" has two sources, emptyDir and vsphereVolume',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'quobyte as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].quobyte',
        message: 'volume "data" has two sources, emptyDir and quobyte',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'azureDisk as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].azureDisk',
        message: 'volume "data" has two sources, emptyDir and azureDisk',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'photonPersistentDisk as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].photonPersistentDisk',
        message: 'volume "data" has two sources, emptyDir and photonPersistentDisk',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'projected as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].projected',
        message: 'volume "data" has two sources, emptyDir and projected',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'portworxVolume as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].portworxVolume',
        message: 'volume "data" has two sources, emptyDir and portworxVolume',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'scaleIO as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].scaleIO',
        message: 'volume "data" has two sources, emptyDir and scaleIO',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'storageos as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].storageos',
        message: 'volume "data" has two sources, emptyDir and storageos',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'csi as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].csi',
        message: 'volume "data" has two sources, emptyDir and csi',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'ephemeral as a second source',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].ephemeral',
        message: 'volume "data" has two sources, emptyDir and ephemeral',
        fix: 'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'projected sources of two kinds each: downwardAPI, serviceAccountToken, clusterTrustBundle',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].projected.sources[0]',
        message: 'volume "data" has projected source #1 with 2 kinds of source',
        fix: 'split it into one list entry per source',
        rule: 'validation.validateProjectionSources (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].projected.sources[1]',
        message: 'volume "data" has projected source #2 with 2 kinds of source',
        fix: 'split it into one list entry per source',
        rule: 'validation.validateProjectionSources (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'volume that is not an object',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[1]',
        message: 'volume #2 is "cache", not an object',
        fix: 'write the volume as { name, <source> }',
        rule: 'validation.ValidateVolumes (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'volume without a name',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.template.spec.volumes[1].name',
        message: 'volume #2 has no name',
        fix: 'give it a DNS-1123 label as name, e.g. "data"',
        rule: 'validation.ValidateVolumes (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'configMap without a name',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].configMap.name',
        message: 'volume "data" refers to a ConfigMap without naming it',
        fix: "set the ConfigMap's name",
        rule: 'validation.validateConfigMapVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'configMap item without key or path',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].configMap.items[0].key',
        message: 'volume "data" has item #1 without a key',
        fix: "set key to one of the ConfigMap's data keys",
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].configMap.items[0].path',
        message: 'volume "data" has an item without a path',
        fix: 'set path to a file name relative to the mount, e.g. "config.yaml"',
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'configMap item path with ".." inside, mode negative',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].configMap.items[0].path',
        message: 'volume "data" writes item path "a/../../b", which must be relative, without ".." and not starting with ".."',
        fix: 'use a path inside the volume, e.g. "a/b"',
        rule: 'validation.ValidateLocalNonReservedPath (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].configMap.items[0].mode',
        message:
          'volume "data" has mode -1, which is not a number from 0 to 0777 (octal), written in JSON as decimal 0 to 511 (0644 is 420)',
        fix: 'use a mode such as 420 (0644) or 256 (0400)',
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'configMap defaultMode fractional',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].configMap.defaultMode',
        message:
          'volume "data" has defaultMode 4.5, which is not a number from 0 to 0777 (octal), written in JSON as decimal 0 to 511 (0644 is 420)',
        fix: 'use a mode such as 420 (0644) or 256 (0400)',
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'configMap defaultMode of 512',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].configMap.defaultMode',
        message:
          'volume "data" has defaultMode 512, which is not a number from 0 to 0777 (octal), written in JSON as decimal 0 to 511 (0644 is 420)',
        fix: 'use a mode such as 420 (0644) or 256 (0400)',
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'secret without a secretName',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].secret.secretName',
        message: 'volume "data" refers to a Secret without naming it',
        fix: "set the Secret's name",
        rule: 'validation.validateSecretVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'persistentVolumeClaim without a claimName',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].persistentVolumeClaim.claimName',
        message: 'volume "data" refers to a PersistentVolumeClaim without naming it',
        fix: "set the PersistentVolumeClaim's name",
        rule: 'validation.validatePersistentClaimVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'emptyDir sizeLimit not a quantity',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].emptyDir.sizeLimit',
        message: 'volume "data" has emptyDir sizeLimit "1 GB", which is not a quantity of 0 or more',
        fix: 'write a size such as "1Gi"',
        rule: 'validation.validateVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'hostPath without a path',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].hostPath.path',
        message: 'volume "data" has a hostPath without a path',
        fix: 'set path to an absolute path on the node, without ".."',
        rule: 'validation.validateHostPathVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'hostPath walking up',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].hostPath.path',
        message: 'volume "data" has hostPath "/var/../etc", which walks up with ".."',
        fix: 'set path to an absolute path on the node, without ".."',
        rule: 'validation.validateHostPathVolumeSource (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'downwardAPI items: no path, mode above 0777, one path twice',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].downwardAPI.defaultMode',
        message:
          'volume "data" has defaultMode 1000, which is not a number from 0 to 0777 (octal), written in JSON as decimal 0 to 511 (0644 is 420)',
        fix: 'use a mode such as 420 (0644) or 256 (0400)',
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].downwardAPI.items[0].path',
        message: 'volume "data" has an item without a path',
        fix: 'set path to a file name relative to the mount, e.g. "config.yaml"',
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].downwardAPI.items[1].mode',
        message:
          'volume "data" has mode 1000, which is not a number from 0 to 0777 (octal), written in JSON as decimal 0 to 511 (0644 is 420)',
        fix: 'use a mode such as 420 (0644) or 256 (0400)',
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].downwardAPI.items[2].path',
        message: 'volume "data" writes two items to "name"',
        fix: 'give each item its own path',
        rule: 'validation.validateProjectionSources (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'projected: a source of two kinds, nameless ConfigMap and Secret, token out of range, defaultMode',
    [
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].projected.defaultMode',
        message:
          'volume "data" has defaultMode -1, which is not a number from 0 to 0777 (octal), written in JSON as decimal 0 to 511 (0644 is 420)',
        fix: 'use a mode such as 420 (0644) or 256 (0400)',
        rule: 'validation.validateKeyToPath (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].projected.sources[0]',
        message: 'volume "data" has projected source #1 with 2 kinds of source',
        fix: 'split it into one list entry per source',
        rule: 'validation.validateProjectionSources (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].projected.sources[1].configMap.name',
        message: 'volume "data" refers to a ConfigMap without naming it',
        fix: "set the ConfigMap's name",
        rule: 'validation.validateProjectionSources (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].projected.sources[2].secret.name',
        message: 'volume "data" refers to a Secret without naming it',
        fix: "set the Secret's name",
        rule: 'validation.validateProjectionSources (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].projected.sources[3].serviceAccountToken.expirationSeconds',
        message: 'volume "data" asks for a service account token valid 599 seconds; it must be from 600 (10 minutes) to 2^32',
        fix: 'use at least 600 seconds (3600 is the default)',
        rule: 'validation.validateProjectionSources (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].projected.sources[4].serviceAccountToken.expirationSeconds',
        message: 'volume "data" asks for a service account token valid 4294967297 seconds; it must be from 600 (10 minutes) to 2^32',
        fix: 'use at least 600 seconds (3600 is the default)',
        rule: 'validation.validateProjectionSources (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].projected.sources[5].serviceAccountToken.expirationSeconds',
        message: 'volume "data" asks for a service account token valid "3600" seconds; it must be from 600 (10 minutes) to 2^32',
        fix: 'use at least 600 seconds (3600 is the default)',
        rule: 'validation.validateProjectionSources (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-volume',
        severity: E,
        field: 'spec.template.spec.volumes[0].projected.sources[6].downwardAPI.items[0].path',
        message: 'volume "data" writes two items to "k"',
        fix: 'give each item its own path',
        rule: 'validation.validateProjectionSources (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Deployment restartPolicy Never',
    [
      {
        code: 'invalid-restart-policy',
        severity: E,
        field: 'spec.template.spec.restartPolicy',
        message: 'the Deployment\'s pod template has restartPolicy "Never"; a Deployment keeps its pods running and accepts only Always',
        fix: 'remove restartPolicy (it defaults to Always), or use a Job for pods that run to completion',
        rule: 'validation.ValidatePodTemplateSpecForReplicaSet (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'activeDeadlineSeconds in a Deployment template',
    [
      {
        code: 'invalid-active-deadline',
        severity: E,
        field: 'spec.template.spec.activeDeadlineSeconds',
        message: "the Deployment's pod template sets activeDeadlineSeconds, which a Deployment does not support",
        fix: 'remove activeDeadlineSeconds from the pod template',
        rule: 'validation.ValidatePodTemplateSpecForReplicaSet (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'Deployment without selector',
    [
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.selector',
        message: 'the Deployment has no selector',
        fix: 'set spec.selector.matchLabels to labels of the pod template, e.g. { app: <name> }',
        rule: 'validation.ValidateDeploymentSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'Deployment with an empty selector',
    [
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.selector',
        message: "the Deployment's selector is empty; it would select every pod in the namespace",
        fix: 'select the pod template by its labels, e.g. matchLabels: { app: <name> }',
        rule: 'validation.ValidateDeploymentSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'negative replicas',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.replicas',
        message: "the Deployment's replicas is -1; it must be a whole number of 0 or more",
        fix: 'set replicas to 0 or more, or remove it',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'negative revisionHistoryLimit',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.revisionHistoryLimit',
        message: "the Deployment's revisionHistoryLimit is -1; it must be a whole number of 0 or more",
        fix: 'set revisionHistoryLimit to 0 or more, or remove it',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'minReadySeconds at the default progress deadline',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.minReadySeconds',
        message: "the Deployment's progressDeadlineSeconds (600, the default) is not greater than minReadySeconds (600)",
        fix: 'set progressDeadlineSeconds above 600, e.g. 1200',
        rule: 'validation.ValidateDeploymentSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'progressDeadlineSeconds not above minReadySeconds',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.progressDeadlineSeconds',
        message: "the Deployment's progressDeadlineSeconds (30) is not greater than minReadySeconds (30)",
        fix: 'set progressDeadlineSeconds above 30, e.g. 630',
        rule: 'validation.ValidateDeploymentSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'maxUnavailable and maxSurge both 0',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.strategy.rollingUpdate.maxUnavailable',
        message: "the Deployment's maxUnavailable and maxSurge are both 0 (absent ones default to 25%), so a rollout could never proceed",
        fix: 'allow at least one: e.g. maxSurge: 1',
        rule: 'validation.ValidateRollingUpdateDeployment (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'maxUnavailable above 100%',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.strategy.rollingUpdate.maxUnavailable',
        message: "the Deployment's maxUnavailable is 150%, more than 100%",
        fix: 'use a percentage from 0% to 100%',
        rule: 'validation.IsNotMoreThan100Percent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'maxSurge as a quoted number',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.strategy.rollingUpdate.maxSurge',
        message: 'the Deployment\'s maxSurge is "1", neither a whole number nor a percentage like "25%"',
        fix: 'write the number unquoted (1) or as a percentage ("1%")',
        rule: 'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'DaemonSet maxSurge with the default maxUnavailable of 1',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.updateStrategy.rollingUpdate',
        message: "the DaemonSet's maxUnavailable (1, the default) and maxSurge (1) are both non-zero; exactly one may be",
        fix: 'with maxSurge, set maxUnavailable: 0 explicitly',
        rule: 'validation.ValidateRollingUpdateDaemonSet (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'DaemonSet without selector',
    [
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.selector',
        message: 'the DaemonSet has no selector',
        fix: 'set spec.selector.matchLabels to labels of the pod template, e.g. { app: <name> }',
        rule: 'metav1.LabelSelectorAsSelector (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1): a missing selector matches nothing, validation.ValidateDaemonSetSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'StatefulSet serviceName',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.serviceName',
        message:
          'the StatefulSet\'s serviceName "DB" is not a DNS-1123 label; it becomes each pod\'s subdomain, so the controller cannot create the pods',
        fix: 'use the name of the headless Service, e.g. "db"',
        rule: 'validation.ValidatePodSpec (pkg/apis/core/validation), subdomain of the pods the StatefulSet controller creates',
      },
    ],
  ],
  [
    'StatefulSet podManagementPolicy',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.podManagementPolicy',
        message: 'the StatefulSet\'s podManagementPolicy is "Serial"',
        fix: 'use OrderedReady or Parallel',
        rule: 'validation.ValidateStatefulSetSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'StatefulSet revisionHistoryLimit',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.revisionHistoryLimit',
        message: "the StatefulSet's revisionHistoryLimit is -2; it must be a whole number of 0 or more",
        fix: 'set revisionHistoryLimit to 0 or more, or remove it',
        rule: 'stateful.truncateHistory (pkg/controller/statefulset), not checked by ValidateStatefulSetSpec',
      },
    ],
  ],
  [
    'Job without restartPolicy (defaults to Always)',
    [
      {
        code: 'invalid-restart-policy',
        severity: E,
        field: 'spec.template.spec.restartPolicy',
        message: "the Job's pod template has no restartPolicy, which defaults to Always; a Job's pods must run to completion",
        fix: 'set restartPolicy: Never (the Job retries with new pods) or OnFailure (the kubelet restarts the container)',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'Job with restartPolicy Always',
    [
      {
        code: 'invalid-restart-policy',
        severity: E,
        field: 'spec.template.spec.restartPolicy',
        message: 'the Job\'s pod template has restartPolicy "Always"; a Job accepts only OnFailure or Never',
        fix: 'set restartPolicy: Never (the Job retries with new pods) or OnFailure (the kubelet restarts the container)',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'Job fields below 0',
    [
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.parallelism',
        message: "the Job's parallelism is -1; it must be a whole number of 0 or more",
        fix: 'set parallelism to 0 or more, or remove it',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.completions',
        message: "the Job's completions is -1; it must be a whole number of 0 or more",
        fix: 'set completions to 0 or more, or remove it',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.backoffLimit',
        message: "the Job's backoffLimit is -1; it must be a whole number of 0 or more",
        fix: 'set backoffLimit to 0 or more, or remove it',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.ttlSecondsAfterFinished',
        message: "the Job's ttlSecondsAfterFinished is -1; it must be a whole number of 0 or more",
        fix: 'set ttlSecondsAfterFinished to 0 or more, or remove it',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'Job activeDeadlineSeconds of 0',
    [
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.activeDeadlineSeconds',
        message: "the Job's activeDeadlineSeconds is 0, so the Job fails with DeadlineExceeded as soon as it starts",
        fix: 'set a deadline of 1 second or more, or remove it',
        rule: 'job.pastActiveDeadline (pkg/controller/job/job_controller.go); 0 is accepted by validation.validateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'Job selector without manualSelector',
    [
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.selector',
        message:
          'the Job sets a selector without manualSelector: true; the API server generates the selector and refuses one it did not generate',
        fix: 'remove spec.selector, or set manualSelector: true and make sure no other Job selects the same pods',
        rule: 'validation.ValidateGeneratedSelector (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'Indexed Job without completions',
    [
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.completions',
        message: 'the Job is Indexed but sets no completions',
        fix: 'set completions to the number of indexes',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'Indexed Job whose last pod hostname is too long',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.name',
        message:
          'the Indexed Job\'s last pod hostname would be "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-9", which is not a DNS-1123 label (at most 63 characters, no dots)',
        fix: 'shorten the Job name to at most 61 characters without dots',
        rule: 'validation.ValidateJob (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'podFailurePolicy needs restartPolicy Never',
    [
      {
        code: 'invalid-restart-policy',
        severity: E,
        field: 'spec.template.spec.restartPolicy',
        message: 'the Job has a podFailurePolicy, which requires restartPolicy Never',
        fix: 'set restartPolicy: Never',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'schedule out of range',
    [
      {
        code: 'invalid-schedule',
        severity: E,
        field: 'spec.schedule',
        message: 'the CronJob\'s schedule "61 * * * *" does not parse: end of range (61) above maximum (59): 61',
        fix: 'write five fields (minute hour day-of-month month day-of-week), e.g. "*/15 * * * *", or a descriptor such as "@hourly" or "@every 90m"',
        rule: 'cron.ParseStandard (github.com/robfig/cron/v3) via validation.validateScheduleFormat (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'schedule with TZ',
    [
      {
        code: 'invalid-schedule',
        severity: E,
        field: 'spec.schedule',
        message: 'the CronJob\'s schedule "TZ=UTC 0 3 * * *" carries a time zone (TZ or CRON_TZ), which the API server refuses on create',
        fix: 'move the zone to spec.timeZone: "UTC", and keep only the fields in schedule',
        rule: 'validation.validateScheduleFormat (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'schedule with CRON_TZ of an unknown zone',
    [
      {
        code: 'invalid-schedule',
        severity: E,
        field: 'spec.schedule',
        message:
          'the CronJob\'s schedule "CRON_TZ=Mars/Base 0 3 * * *" does not parse: provided bad location Mars/Base: unknown time zone Mars/Base',
        fix: 'write five fields (minute hour day-of-month month day-of-week), e.g. "*/15 * * * *", or a descriptor such as "@hourly" or "@every 90m"',
        rule: 'cron.ParseStandard (github.com/robfig/cron/v3) via validation.validateScheduleFormat (pkg/apis/batch/validation)',
      },
      {
        code: 'invalid-schedule',
        severity: E,
        field: 'spec.schedule',
        message:
          'the CronJob\'s schedule "CRON_TZ=Mars/Base 0 3 * * *" carries a time zone (TZ or CRON_TZ), which the API server refuses on create',
        fix: 'move the zone to spec.timeZone: "Mars/Base", and keep only the fields in schedule',
        rule: 'validation.validateScheduleFormat (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'missing schedule',
    [
      {
        code: 'invalid-schedule',
        severity: E,
        field: 'spec.schedule',
        message: 'the CronJob has no schedule',
        fix: 'set a schedule such as "0 3 * * *" (minute hour day-of-month month day-of-week) or "@daily"',
        rule: 'validation.validateCronJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'unknown time zone',
    [
      {
        code: 'invalid-time-zone',
        severity: E,
        field: 'spec.timeZone',
        message: 'the CronJob\'s timeZone "Europe/Pariss" is not a known IANA time zone',
        fix: 'use an IANA zone name with its exact case, e.g. "Europe/Paris" or "Etc/UTC", or remove timeZone for the controller\'s zone',
        rule: 'validation.validateTimeZone (pkg/apis/batch/validation), time.LoadLocation',
      },
    ],
  ],
  [
    'Local time zone',
    [
      {
        code: 'invalid-time-zone',
        severity: E,
        field: 'spec.timeZone',
        message: 'the CronJob\'s timeZone is "Local"; it must name an explicit zone, not the controller\'s local one',
        fix: 'use an IANA zone name with its exact case, e.g. "Europe/Paris" or "Etc/UTC", or remove timeZone for the controller\'s zone',
        rule: 'validation.validateTimeZone (pkg/apis/batch/validation), time.LoadLocation',
      },
    ],
  ],
  [
    'empty time zone',
    [
      {
        code: 'invalid-time-zone',
        severity: E,
        field: 'spec.timeZone',
        message: "the CronJob's timeZone is an empty string",
        fix: 'use an IANA zone name with its exact case, e.g. "Europe/Paris" or "Etc/UTC", or remove timeZone for the controller\'s zone',
        rule: 'validation.validateTimeZone (pkg/apis/batch/validation), time.LoadLocation',
      },
    ],
  ],
  [
    'CronJob deadlines and history limits below 0, unknown concurrencyPolicy',
    [
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.concurrencyPolicy',
        message: 'the CronJob\'s concurrencyPolicy is "Queue"',
        fix: 'use Allow, Forbid or Replace',
        rule: 'validation.validateConcurrencyPolicy (pkg/apis/batch/validation)',
      },
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.startingDeadlineSeconds',
        message: "the CronJob's startingDeadlineSeconds is -1; it must be a whole number of 0 or more",
        fix: 'set startingDeadlineSeconds to 0 or more, or remove it',
        rule: 'validation.validateCronJobSpec (pkg/apis/batch/validation)',
      },
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.successfulJobsHistoryLimit',
        message: "the CronJob's successfulJobsHistoryLimit is -1; it must be a whole number of 0 or more",
        fix: 'set successfulJobsHistoryLimit to 0 or more, or remove it',
        rule: 'validation.validateCronJobSpec (pkg/apis/batch/validation)',
      },
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.failedJobsHistoryLimit',
        message: "the CronJob's failedJobsHistoryLimit is -1; it must be a whole number of 0 or more",
        fix: 'set failedJobsHistoryLimit to 0 or more, or remove it',
        rule: 'validation.validateCronJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'CronJob job template with restartPolicy Always',
    [
      {
        code: 'invalid-restart-policy',
        severity: E,
        field: 'spec.jobTemplate.spec.template.spec.restartPolicy',
        message: 'the CronJob\'s pod template has restartPolicy "Always"; a Job accepts only OnFailure or Never',
        fix: 'set restartPolicy: Never (the Job retries with new pods) or OnFailure (the kubelet restarts the container)',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'CronJob job template with a selector',
    [
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.jobTemplate.spec.selector',
        message: "the CronJob's job template sets a selector, which is always generated",
        fix: 'remove the selector',
        rule: 'validation.ValidateJobTemplateSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'Deployment minReadySeconds below 0',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.minReadySeconds',
        message: "the Deployment's minReadySeconds is -1; it must be a whole number of 0 or more",
        fix: 'set minReadySeconds to 0 or more, or remove it',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'progressDeadlineSeconds null takes the default of 600, minReadySeconds 600',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.progressDeadlineSeconds',
        message: "the Deployment's progressDeadlineSeconds (600) is not greater than minReadySeconds (600)",
        fix: 'set progressDeadlineSeconds above 600, e.g. 1200',
        rule: 'validation.ValidateDeploymentSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'quoted numbers of several digits, and words with digits',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.strategy.rollingUpdate.maxUnavailable',
        message: 'the Deployment\'s maxUnavailable is "12", neither a whole number nor a percentage like "25%"',
        fix: 'write the number unquoted (12) or as a percentage ("12%")',
        rule: 'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      },
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.strategy.rollingUpdate.maxSurge',
        message: 'the Deployment\'s maxSurge is "a1", neither a whole number nor a percentage like "25%"',
        fix: 'use e.g. 1 or "25%"',
        rule: 'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'a word ending in digits',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.strategy.rollingUpdate.maxSurge',
        message: 'the Deployment\'s maxSurge is "1a", neither a whole number nor a percentage like "25%"',
        fix: 'use e.g. 1 or "25%"',
        rule: 'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'ReplicaSet without selector, with a template problem',
    [
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[0].image',
        message: 'container "app" has no image',
        fix: 'set image to a reference such as "registry.example.com/team/app:1.0"',
        rule: 'validation.validateContainerCommon (pkg/apis/core/validation)',
      },
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.selector',
        message: 'the ReplicaSet has no selector',
        fix: 'set spec.selector.matchLabels to labels of the pod template, e.g. { app: <name> }',
        rule: 'validation.ValidateReplicaSetSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'StatefulSet without selector or serviceName, nulls read as absent, a template problem',
    [
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[0].image',
        message: 'container "app" has no image',
        fix: 'set image to a reference such as "registry.example.com/team/app:1.0"',
        rule: 'validation.validateContainerCommon (pkg/apis/core/validation)',
      },
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.selector',
        message: 'the StatefulSet has no selector',
        fix: 'set spec.selector.matchLabels to labels of the pod template, e.g. { app: <name> }',
        rule: 'validation.ValidateStatefulSetSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'DaemonSet maxUnavailable above 100%, a template problem',
    [
      {
        code: 'invalid-image',
        severity: E,
        field: 'spec.template.spec.containers[0].image',
        message: 'container "app" has no image',
        fix: 'set image to a reference such as "registry.example.com/team/app:1.0"',
        rule: 'validation.validateContainerCommon (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.updateStrategy.rollingUpdate.maxUnavailable',
        message: "the DaemonSet's maxUnavailable is 150%, more than 100%",
        fix: 'use a percentage from 0% to 100%',
        rule: 'validation.IsNotMoreThan100Percent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'DaemonSet maxSurge a word beside the default maxUnavailable: one finding',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.updateStrategy.rollingUpdate.maxSurge',
        message: 'the DaemonSet\'s maxSurge is "x", neither a whole number nor a percentage like "25%"',
        fix: 'use e.g. 1 or "25%"',
        rule: 'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'Indexed Job completions null',
    [
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.completions',
        message: 'the Job is Indexed but sets no completions',
        fix: 'set completions to the number of indexes',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'Job activeDeadlineSeconds below 0',
    [
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.activeDeadlineSeconds',
        message: "the Job's activeDeadlineSeconds is -1; it must be a whole number of 0 or more",
        fix: 'set activeDeadlineSeconds to 0 or more, or remove it',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'Job restartPolicy null',
    [
      {
        code: 'invalid-restart-policy',
        severity: E,
        field: 'spec.template.spec.restartPolicy',
        message: "the Job's pod template has no restartPolicy, which defaults to Always; a Job's pods must run to completion",
        fix: 'set restartPolicy: Never (the Job retries with new pods) or OnFailure (the kubelet restarts the container)',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'Indexed Job of one completion, named at the edge',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.name',
        message:
          'the Indexed Job\'s last pod hostname would be "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-0", which is not a DNS-1123 label (at most 63 characters, no dots)',
        fix: 'shorten the Job name to at most 61 characters without dots',
        rule: 'validation.ValidateJob (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'CronJob schedule null',
    [
      {
        code: 'invalid-schedule',
        severity: E,
        field: 'spec.schedule',
        message: 'the CronJob has no schedule',
        fix: 'set a schedule such as "0 3 * * *" (minute hour day-of-month month day-of-week) or "@daily"',
        rule: 'validation.validateCronJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'schedule with TZ inside, not as a prefix',
    [
      {
        code: 'invalid-schedule',
        severity: E,
        field: 'spec.schedule',
        message:
          'the CronJob\'s schedule "0 3 * * * TZ=UTC" does not parse: expected exactly 5 fields (minute hour day-of-month month day-of-week), found 6',
        fix: 'write five fields (minute hour day-of-month month day-of-week), e.g. "*/15 * * * *", or a descriptor such as "@hourly" or "@every 90m"',
        rule: 'cron.ParseStandard (github.com/robfig/cron/v3) via validation.validateScheduleFormat (pkg/apis/batch/validation)',
      },
      {
        code: 'invalid-schedule',
        severity: E,
        field: 'spec.schedule',
        message: 'the CronJob\'s schedule "0 3 * * * TZ=UTC" carries a time zone (TZ or CRON_TZ), which the API server refuses on create',
        fix: 'remove TZ=/CRON_TZ= from schedule and set spec.timeZone',
        rule: 'validation.validateScheduleFormat (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'selector that is not an object',
    [
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.selector',
        message: 'the Deployment has no selector (it is "app=web")',
        fix: 'set spec.selector.matchLabels to labels of the pod template, e.g. { app: <name> }',
        rule: 'validation.ValidateDeploymentSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'selector null',
    [
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.selector',
        message: 'the Deployment has no selector (it is null)',
        fix: 'set spec.selector.matchLabels to labels of the pod template, e.g. { app: <name> }',
        rule: 'validation.ValidateDeploymentSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'Recreate with rollingUpdate',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.strategy.rollingUpdate',
        message: 'the Deployment sets rollingUpdate with strategy Recreate',
        fix: 'remove rollingUpdate, or use type RollingUpdate',
        rule: 'validation.ValidateDeploymentStrategy (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'unknown Deployment strategy',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.strategy.type',
        message: 'the Deployment\'s strategy type is "BlueGreen"',
        fix: 'use RollingUpdate or Recreate',
        rule: 'validation.ValidateDeploymentStrategy (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'maxUnavailable fractional, maxSurge negative',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.strategy.rollingUpdate.maxUnavailable',
        message: "the Deployment's maxUnavailable is 1.5; it must be a whole number of 0 or more, or a percentage",
        fix: 'use e.g. 1 or "25%"',
        rule: 'validation.ValidateRollingUpdateDeployment (pkg/apis/apps/validation)',
      },
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.strategy.rollingUpdate.maxSurge',
        message: "the Deployment's maxSurge is -1; it must be a whole number of 0 or more, or a percentage",
        fix: 'use e.g. 1 or "25%"',
        rule: 'validation.ValidateRollingUpdateDeployment (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'maxSurge above 100% is allowed, maxUnavailable a word is not',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.strategy.rollingUpdate.maxUnavailable',
        message: 'the Deployment\'s maxUnavailable is "some", neither a whole number nor a percentage like "25%"',
        fix: 'use e.g. 1 or "25%"',
        rule: 'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'progressDeadlineSeconds fractional',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.progressDeadlineSeconds',
        message: "the Deployment's progressDeadlineSeconds is 1.5; it must be a whole number of 0 or more",
        fix: 'set progressDeadlineSeconds to 0 or more, or remove it',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'ReplicaSet fields and template',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.replicas',
        message: "the ReplicaSet's replicas is -1; it must be a whole number of 0 or more",
        fix: 'set replicas to 0 or more, or remove it',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.minReadySeconds',
        message: "the ReplicaSet's minReadySeconds is -1; it must be a whole number of 0 or more",
        fix: 'set minReadySeconds to 0 or more, or remove it',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.template.metadata.labels',
        message:
          "the ReplicaSet's selector does not match its pod template's labels, so the ReplicaSet would never own the pods it creates",
        fix: 'add the selector\'s labels to spec.template.metadata.labels ({"app":"api"})',
        rule: 'validation.ValidateReplicaSetSpec (pkg/apis/apps/validation)',
      },
      {
        code: 'invalid-restart-policy',
        severity: E,
        field: 'spec.template.spec.restartPolicy',
        message:
          'the ReplicaSet\'s pod template has restartPolicy "OnFailure"; a ReplicaSet keeps its pods running and accepts only Always',
        fix: 'remove restartPolicy (it defaults to Always), or use a Job for pods that run to completion',
        rule: 'validation.ValidatePodTemplateSpecForReplicaSet (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'StatefulSet fields below 0, restartPolicy and deadline',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.replicas',
        message: "the StatefulSet's replicas is -1; it must be a whole number of 0 or more",
        fix: 'set replicas to 0 or more, or remove it',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.minReadySeconds',
        message: "the StatefulSet's minReadySeconds is -1; it must be a whole number of 0 or more",
        fix: 'set minReadySeconds to 0 or more, or remove it',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-restart-policy',
        severity: E,
        field: 'spec.template.spec.restartPolicy',
        message:
          'the StatefulSet\'s pod template has restartPolicy "OnFailure"; a StatefulSet keeps its pods running and accepts only Always',
        fix: 'remove restartPolicy (it defaults to Always), or use a Job for pods that run to completion',
        rule: 'validation.ValidateStatefulSetSpec (pkg/apis/apps/validation)',
      },
      {
        code: 'invalid-active-deadline',
        severity: E,
        field: 'spec.template.spec.activeDeadlineSeconds',
        message: "the StatefulSet's pod template sets activeDeadlineSeconds, which a StatefulSet does not support",
        fix: 'remove activeDeadlineSeconds from the pod template',
        rule: 'validation.ValidateStatefulSetSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'StatefulSet OnDelete with rollingUpdate',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.updateStrategy.rollingUpdate',
        message: 'the StatefulSet sets rollingUpdate with updateStrategy OnDelete',
        fix: 'remove rollingUpdate, or use type RollingUpdate',
        rule: 'validation.ValidateStatefulSetSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'StatefulSet unknown updateStrategy',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.updateStrategy.type',
        message: 'the StatefulSet\'s updateStrategy type is "Canary"',
        fix: 'use RollingUpdate or OnDelete',
        rule: 'validation.ValidateStatefulSetSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'StatefulSet negative partition',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.updateStrategy.rollingUpdate.partition',
        message: "the StatefulSet's partition is -1; it must be a whole number of 0 or more",
        fix: 'set partition to 0 or more, or remove it',
        rule: 'validation.validateRollingUpdateStatefulSet (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'StatefulSet serviceName a number',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'spec.serviceName',
        message:
          "the StatefulSet's serviceName 5 is not a DNS-1123 label; it becomes each pod's subdomain, so the controller cannot create the pods",
        fix: 'use the name of the headless Service, e.g. "5"',
        rule: 'validation.ValidatePodSpec (pkg/apis/core/validation), subdomain of the pods the StatefulSet controller creates',
      },
    ],
  ],
  [
    'DaemonSet maxUnavailable 0 and no maxSurge',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.updateStrategy.rollingUpdate',
        message: "the DaemonSet's maxUnavailable and maxSurge are both 0, so a rollout could never proceed",
        fix: 'set maxUnavailable: 1 (or maxSurge: 1)',
        rule: 'validation.ValidateRollingUpdateDaemonSet (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'DaemonSet maxSurge above 100%',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.updateStrategy.rollingUpdate.maxSurge',
        message: "the DaemonSet's maxSurge is 150%, more than 100%",
        fix: 'use a percentage from 0% to 100%',
        rule: 'validation.IsNotMoreThan100Percent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'DaemonSet maxUnavailable a word beside maxSurge: one finding',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.updateStrategy.rollingUpdate.maxUnavailable',
        message: 'the DaemonSet\'s maxUnavailable is "one", neither a whole number nor a percentage like "25%"',
        fix: 'use e.g. 1 or "25%"',
        rule: 'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'DaemonSet maxSurge negative beside maxUnavailable 0: one finding',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.updateStrategy.rollingUpdate.maxSurge',
        message: "the DaemonSet's maxSurge is -1; it must be a whole number of 0 or more, or a percentage",
        fix: 'use e.g. 1 or "25%"',
        rule: 'validation.ValidateRollingUpdateDaemonSet (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'DaemonSet unknown updateStrategy',
    [
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.updateStrategy.type',
        message: 'the DaemonSet\'s updateStrategy type is "Blue"',
        fix: 'use RollingUpdate or OnDelete',
        rule: 'validation.ValidateDaemonSetUpdateStrategy (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'DaemonSet fields below 0 and a deadline',
    [
      {
        code: 'invalid-active-deadline',
        severity: E,
        field: 'spec.template.spec.activeDeadlineSeconds',
        message: "the DaemonSet's pod template sets activeDeadlineSeconds, which a DaemonSet does not support",
        fix: 'remove activeDeadlineSeconds from the pod template',
        rule: 'validation.ValidateDaemonSetSpec (pkg/apis/apps/validation)',
      },
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.minReadySeconds',
        message: "the DaemonSet's minReadySeconds is -1; it must be a whole number of 0 or more",
        fix: 'set minReadySeconds to 0 or more, or remove it',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-workload',
        severity: E,
        field: 'spec.revisionHistoryLimit',
        message: "the DaemonSet's revisionHistoryLimit is -1; it must be a whole number of 0 or more",
        fix: 'set revisionHistoryLimit to 0 or more, or remove it',
        rule: 'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Job completionMode unknown',
    [
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.completionMode',
        message: 'the Job\'s completionMode is "Sequential"',
        fix: 'use NonIndexed or Indexed',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'Indexed Job parallelism above 100000',
    [
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.parallelism',
        message: 'the Job is Indexed with parallelism 100001, above 100000',
        fix: 'use at most 100000',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'Job manualSelector with a selector not matching',
    [
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.template.metadata.labels',
        message: "the Job's selector does not match its pod template's labels, so the Job would never own the pods it creates",
        fix: 'add the selector\'s labels to spec.template.metadata.labels ({"app":"api"})',
        rule: 'validation.ValidateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'Job manualSelector without a selector',
    [
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.selector',
        message: 'the Job has no selector',
        fix: 'set spec.selector.matchLabels to labels of the pod template, e.g. { app: <name> }',
        rule: 'validation.ValidateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'schedule not a string',
    [
      {
        code: 'invalid-schedule',
        severity: E,
        field: 'spec.schedule',
        message: "the CronJob's schedule is 5, not a string",
        fix: 'set a schedule such as "0 3 * * *" (minute hour day-of-month month day-of-week) or "@daily"',
        rule: 'validation.validateCronJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'schedule empty',
    [
      {
        code: 'invalid-schedule',
        severity: E,
        field: 'spec.schedule',
        message: 'the CronJob has no schedule',
        fix: 'set a schedule such as "0 3 * * *" (minute hour day-of-month month day-of-week) or "@daily"',
        rule: 'validation.validateCronJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'schedule with an empty TZ (UTC to Go, but refused as any TZ)',
    [
      {
        code: 'invalid-schedule',
        severity: E,
        field: 'spec.schedule',
        message: 'the CronJob\'s schedule "TZ= 0 3 * * *" carries a time zone (TZ or CRON_TZ), which the API server refuses on create',
        fix: 'remove TZ=/CRON_TZ= from schedule and set spec.timeZone',
        rule: 'validation.validateScheduleFormat (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'time zone not a string',
    [
      {
        code: 'invalid-time-zone',
        severity: E,
        field: 'spec.timeZone',
        message: "the CronJob's timeZone 5 is not a known IANA time zone",
        fix: 'use an IANA zone name with its exact case, e.g. "Europe/Paris" or "Etc/UTC", or remove timeZone for the controller\'s zone',
        rule: 'validation.validateTimeZone (pkg/apis/batch/validation), time.LoadLocation',
      },
    ],
  ],
  [
    'CronJob without jobTemplate',
    [
      {
        code: 'missing-container',
        severity: E,
        field: 'spec.jobTemplate',
        message: 'the CronJob has no jobTemplate',
        fix: 'add a jobTemplate with a pod template',
        rule: 'validation.validateCronJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'CronJob job template labels and annotations',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.jobTemplate.metadata.labels[tier]',
        message:
          'label "tier" on the job template has value "a b", which is not a label value (at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, or empty)',
        fix: 'use a value such as "a-b"',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
      {
        code: 'invalid-annotation',
        severity: E,
        field: 'spec.jobTemplate.metadata.annotations[bad key]',
        message:
          'annotation key "bad key" on the job template is not a qualified name: an optional DNS subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit (case aside)',
        fix: 'rename the key, e.g. "bad-key"',
        rule: 'validation.ValidateAnnotations (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'CronJob job template with manualSelector',
    [
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.jobTemplate.spec.manualSelector',
        message: "the CronJob's job template sets manualSelector: true, which is not supported",
        fix: 'remove manualSelector',
        rule: 'validation.ValidateJobTemplateSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'CronJob job template Indexed without completions',
    [
      {
        code: 'invalid-job',
        severity: E,
        field: 'spec.jobTemplate.spec.completions',
        message: 'the CronJob is Indexed but sets no completions',
        fix: 'set completions to the number of indexes',
        rule: 'validation.validateJobSpec (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'schedule @every with a unit named like an Object property',
    [
      {
        code: 'invalid-schedule',
        severity: E,
        field: 'spec.schedule',
        message:
          'the CronJob\'s schedule "@every 1constructor" does not parse: failed to parse duration @every 1constructor: time: unknown unit "constructor" in duration "1constructor"',
        fix: 'write five fields (minute hour day-of-month month day-of-week), e.g. "*/15 * * * *", or a descriptor such as "@hourly" or "@every 90m"',
        rule: 'cron.ParseStandard (github.com/robfig/cron/v3) via validation.validateScheduleFormat (pkg/apis/batch/validation)',
      },
    ],
  ],
  [
    'Service type unknown',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.type',
        message: 'the Service\'s type is "Internal"',
        fix: 'use ClusterIP, NodePort, LoadBalancer or ExternalName',
        rule: 'validation.ValidateService (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Service type not a string',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.type',
        message: "the Service's type is 5",
        fix: 'use ClusterIP, NodePort, LoadBalancer or ExternalName',
        rule: 'validation.ValidateService (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'ExternalName without ports or externalName',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.externalName',
        message: 'the ExternalName Service has no externalName',
        fix: 'set externalName to a lowercase DNS name such as "db.example.com"',
        rule: 'validation.ValidateService (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'ExternalName with uppercase',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.externalName',
        message: 'the Service\'s externalName "DB.example.com" is not a DNS name',
        fix: 'set externalName to a lowercase DNS name such as "db.example.com"',
        rule: 'validation.ValidateService (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'unnamed ports of several: names suggested from the port',
    [
      {
        code: 'service-port-name',
        severity: E,
        field: 'spec.ports[1].name',
        message: 'Service port #2 has no name; a Service with several ports must name each',
        fix: 'name it, e.g. "http"',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
      {
        code: 'service-port-name',
        severity: E,
        field: 'spec.ports[2].name',
        message: 'Service port #3 has no name; a Service with several ports must name each',
        fix: 'name it, e.g. "https"',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
      {
        code: 'service-port-name',
        severity: E,
        field: 'spec.ports[3].name',
        message: 'Service port #4 has no name; a Service with several ports must name each',
        fix: 'name it, e.g. "port-9000"',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
      {
        code: 'service-port-name',
        severity: E,
        field: 'spec.ports[4].name',
        message: 'Service port #5 has no name; a Service with several ports must name each',
        fix: 'name it, e.g. "port"',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[4].port',
        message: 'Service port #5 has no port number',
        fix: 'set port to the number clients connect to (1-65535)',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
      {
        code: 'service-port-name',
        severity: E,
        field: 'spec.ports[5].name',
        message: 'Service port #6 has no name; a Service with several ports must name each',
        fix: 'name it, e.g. "port"',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[5].port',
        message: 'Service port #6 has no port number',
        fix: 'set port to the number clients connect to (1-65535)',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Service port name not a string',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[0].name',
        message:
          'Service port name 5 is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit)',
        fix: 'rename it, e.g. "5"',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Service port protocol, targetPort and appProtocol refused',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[0].protocol',
        message: 'Service port "http" has protocol "tcp"',
        fix: 'use "TCP", "UDP" or "SCTP", or leave it out for TCP',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[0].targetPort',
        message: 'Service port "http" has targetPort "Web_Port", neither a port number from 1 to 65535 nor an IANA service name',
        fix: 'use the container port number, or the name of a container port (at most 15 lowercase letters, digits and "-")',
        rule: 'validation.ValidatePortNumOrName (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[0].appProtocol',
        message: 'Service port "http" has appProtocol "bad proto", which is not a qualified name',
        fix: 'use e.g. "http", "kubernetes.io/h2c"',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Service targetPort and appProtocol of the wrong type',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[0].targetPort',
        message: 'Service port "http" has targetPort true, neither a port number from 1 to 65535 nor an IANA service name',
        fix: 'use the container port number, or the name of a container port (at most 15 lowercase letters, digits and "-")',
        rule: 'validation.ValidatePortNumOrName (pkg/apis/core/validation)',
      },
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[0].appProtocol',
        message: 'Service port "http" has appProtocol 5, which is not a qualified name',
        fix: 'use e.g. "http", "kubernetes.io/h2c"',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Service port 0',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[0].port',
        message: 'Service port "http" has port 0, which is not a port number from 1 to 65535',
        fix: 'set port to the number clients connect to (1-65535)',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Service without ports',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports',
        message: 'the Service has no ports',
        fix: 'add a port, e.g. { name: "http", port: 80, targetPort: "http" }, or make it headless with clusterIP: None',
        rule: 'validation.ValidateService (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Service port name with uppercase',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[0].name',
        message:
          'Service port name "HTTP" is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit)',
        fix: 'rename it, e.g. "http"',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Service port name twice',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[1].name',
        message: 'two Service ports are named "http"',
        fix: 'give each port its own name',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'targetPort as a quoted number',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[0].targetPort',
        message: 'Service port "http" has targetPort "8080", neither a port number from 1 to 65535 nor an IANA service name',
        fix: 'write the number unquoted: 8080',
        rule: 'validation.ValidatePortNumOrName (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'targetPort 65536',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[0].targetPort',
        message: 'Service port "http" has targetPort 65536, neither a port number from 1 to 65535 nor an IANA service name',
        fix: 'use the container port number, or the name of a container port (at most 15 lowercase letters, digits and "-")',
        rule: 'validation.ValidatePortNumOrName (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'same port and protocol twice',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[1]',
        message: 'the Service exposes 80/TCP twice',
        fix: 'keep one entry per port and protocol',
        rule: 'validation.ValidateService (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'nodePort on a ClusterIP Service',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[0].nodePort',
        message: 'Service port "http" sets nodePort on a ClusterIP Service',
        fix: 'remove nodePort, or set type: NodePort',
        rule: 'validation.ValidateService (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Service selector value',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.selector[app]',
        message:
          'label "app" in the Service\'s selector has value "a b", which is not a label value (at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, or empty)',
        fix: 'use a value such as "a-b"',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'ConfigMap key',
    [
      {
        code: 'invalid-config-key',
        severity: E,
        field: 'data[a key]',
        message:
          "ConfigMap key \"a key\" is not a valid key (letters, digits, '-', '_' or '.', at most 253 characters, not '.' or starting with '..')",
        fix: 'rename the key, e.g. "a_key"',
        rule: 'validation.ValidateConfigMap (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'ConfigMap key in data and binaryData',
    [
      {
        code: 'invalid-config-key',
        severity: E,
        field: 'data[app.yaml]',
        message: 'ConfigMap key "app.yaml" is in both data and binaryData',
        fix: 'keep the key in one of them',
        rule: 'validation.ValidateConfigMap (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'ConfigMap over 1 MiB',
    [
      {
        code: 'invalid-config-key',
        severity: E,
        field: 'data',
        message: 'the ConfigMap holds 1048577 bytes, more than the 1048576 (1 MiB) Kubernetes stores',
        fix: 'split it into several ConfigMaps, or ship large files in the image or a volume',
        rule: 'validation.ValidateConfigMap (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'ConfigMap value that YAML read as a number',
    [
      {
        code: 'invalid-config-value',
        severity: E,
        field: 'data[replicas]',
        message: 'ConfigMap value "replicas" is 3; data values are strings',
        fix: 'quote it: "3"',
        rule: 'json.Unmarshal into ConfigMap.data (map[string]string)',
      },
    ],
  ],
  [
    'ConfigMap binaryData not base64',
    [
      {
        code: 'invalid-config-value',
        severity: E,
        field: 'binaryData[blob]',
        message: 'ConfigMap binaryData "blob" is not base64 (standard alphabet, padded)',
        fix: 'encode the bytes with base64, e.g. `base64 -w0 file`',
        rule: 'json.Unmarshal into ConfigMap.binaryData (map[string][]byte)',
      },
    ],
  ],
  [
    'Secret data not base64',
    [
      {
        code: 'invalid-config-value',
        severity: E,
        field: 'data[password]',
        message: 'Secret data "password" is not base64 (standard alphabet, padded)',
        fix: 'encode the value with base64, or move it to stringData as plain text',
        rule: 'json.Unmarshal into Secret.data (map[string][]byte)',
      },
    ],
  ],
  [
    'Secret stringData key',
    [
      {
        code: 'invalid-config-key',
        severity: E,
        field: 'stringData[pass word]',
        message:
          "Secret key \"pass word\" is not a valid key (letters, digits, '-', '_' or '.', at most 253 characters, not '.' or starting with '..')",
        fix: 'rename the key, e.g. "pass_word"',
        rule: 'validation.ValidateSecret (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'TLS Secret without tls.key',
    [
      {
        code: 'invalid-config-key',
        severity: E,
        field: 'data[tls.key]',
        message: 'the kubernetes.io/tls Secret has no "tls.key" key',
        fix: 'add data[tls.key] (or stringData[tls.key])',
        rule: 'validation.ValidateSecret (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'ConfigMap values that are objects or null',
    [
      {
        code: 'invalid-config-value',
        severity: E,
        field: 'data[config]',
        message: 'ConfigMap value "config" is an object; data values are strings',
        fix: 'quote it: "{\\"a\\":1}"',
        rule: 'json.Unmarshal into ConfigMap.data (map[string]string)',
      },
      {
        code: 'invalid-config-value',
        severity: E,
        field: 'data[empty]',
        message: 'ConfigMap value "empty" is null; data values are strings',
        fix: 'quote it: ""',
        rule: 'json.Unmarshal into ConfigMap.data (map[string]string)',
      },
    ],
  ],
  [
    'Secret stringData values that are not strings',
    [
      {
        code: 'invalid-config-value',
        severity: E,
        field: 'stringData[port]',
        message: 'Secret stringData "port" is 5432; stringData values are strings',
        fix: 'quote it: "5432"',
        rule: 'json.Unmarshal into Secret.stringData (map[string]string)',
      },
      {
        code: 'invalid-config-value',
        severity: E,
        field: 'stringData[none]',
        message: 'Secret stringData "none" is null; stringData values are strings',
        fix: 'quote it: ""',
        rule: 'json.Unmarshal into Secret.stringData (map[string]string)',
      },
    ],
  ],
  [
    'Secret over 1 MiB decoded',
    [
      {
        code: 'invalid-config-key',
        severity: E,
        field: 'data',
        message: 'the Secret holds 1048578 bytes once decoded, more than the 1048576 (1 MiB) Kubernetes stores',
        fix: 'split it into several Secrets',
        rule: 'validation.ValidateSecret (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'dockercfg Secret without its key',
    [
      {
        code: 'invalid-config-key',
        severity: E,
        field: 'data[.dockercfg]',
        message: 'the kubernetes.io/dockercfg Secret has no ".dockercfg" key',
        fix: 'add data[.dockercfg] (or stringData[.dockercfg])',
        rule: 'validation.ValidateSecret (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'dockerconfigjson Secret without its key',
    [
      {
        code: 'invalid-config-key',
        severity: E,
        field: 'data[.dockerconfigjson]',
        message: 'the kubernetes.io/dockerconfigjson Secret has no ".dockerconfigjson" key',
        fix: 'add data[.dockerconfigjson] (or stringData[.dockerconfigjson])',
        rule: 'validation.ValidateSecret (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'ssh-auth Secret without its key',
    [
      {
        code: 'invalid-config-key',
        severity: E,
        field: 'data[ssh-privatekey]',
        message: 'the kubernetes.io/ssh-auth Secret has no "ssh-privatekey" key',
        fix: 'add data[ssh-privatekey] (or stringData[ssh-privatekey])',
        rule: 'validation.ValidateSecret (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'basic-auth Secret with neither key',
    [
      {
        code: 'invalid-config-key',
        severity: E,
        field: 'data[username]',
        message: 'the basic-auth Secret has neither a username nor a password key',
        fix: 'add username and password',
        rule: 'validation.ValidateSecret (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'PDB with both bounds',
    [
      {
        code: 'invalid-pdb',
        severity: E,
        field: 'spec',
        message: 'the PodDisruptionBudget sets both minAvailable and maxUnavailable',
        fix: 'keep one of them',
        rule: 'validation.ValidatePodDisruptionBudgetSpec (pkg/apis/policy/validation)',
      },
    ],
  ],
  [
    'PDB with neither bound',
    [
      {
        code: 'invalid-pdb',
        severity: E,
        field: 'spec',
        message: 'the PodDisruptionBudget sets neither minAvailable nor maxUnavailable, so it allows every eviction',
        fix: 'set minAvailable (e.g. 1) or maxUnavailable (e.g. "25%")',
        rule: 'disruption.getExpectedPodCount (pkg/controller/disruption/disruption.go); accepted by validation.ValidatePodDisruptionBudgetSpec (pkg/apis/policy/validation)',
      },
    ],
  ],
  [
    'PDB percentage above 100%',
    [
      {
        code: 'invalid-pdb',
        severity: E,
        field: 'spec.minAvailable',
        message: "the PodDisruptionBudget's minAvailable is 150%, more than 100%",
        fix: 'use a percentage from 0% to 100%',
        rule: 'validation.IsNotMoreThan100Percent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'PDB quoted number',
    [
      {
        code: 'invalid-pdb',
        severity: E,
        field: 'spec.minAvailable',
        message: 'the PodDisruptionBudget\'s minAvailable is "1", neither a whole number nor a percentage like "50%"',
        fix: 'write the number unquoted (1) or as a percentage ("1%")',
        rule: 'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'PDB negative bound',
    [
      {
        code: 'invalid-pdb',
        severity: E,
        field: 'spec.minAvailable',
        message: "the PodDisruptionBudget's minAvailable is -1; it must be a whole number of 0 or more, or a percentage",
        fix: 'use e.g. 1 or "50%"',
        rule: 'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'PDB without selector',
    [
      {
        code: 'invalid-pdb',
        severity: E,
        field: 'spec.selector',
        message: 'the PodDisruptionBudget has no selector; in policy/v1 a null selector selects no pod, so the budget protects nothing',
        fix: 'select the pods it protects, e.g. matchLabels: { app: <name> }',
        rule: 'PodDisruptionBudgetSpec.Selector (staging/src/k8s.io/api/policy/v1/types.go)',
      },
    ],
  ],
  [
    'not an object',
    [
      {
        code: 'invalid-manifest',
        severity: E,
        field: '',
        message: 'the manifest is "apiVersion: v1", not an object',
        fix: 'pass one Kubernetes object (apiVersion, kind, metadata, ...)',
        rule: 'runtime.Decode (staging/src/k8s.io/apimachinery/pkg/runtime)',
      },
    ],
  ],
  [
    'no kind',
    [
      {
        code: 'invalid-manifest',
        severity: E,
        field: 'kind',
        message: 'the object has no kind',
        fix: 'set apiVersion and kind, e.g. apiVersion: apps/v1, kind: Deployment',
        rule: 'runtime.Decode (staging/src/k8s.io/apimachinery/pkg/runtime)',
      },
    ],
  ],
  [
    'no apiVersion',
    [
      {
        code: 'invalid-manifest',
        severity: E,
        field: 'apiVersion',
        message: 'the object has no apiVersion',
        fix: 'set apiVersion and kind, e.g. apiVersion: apps/v1, kind: Deployment',
        rule: 'runtime.Decode (staging/src/k8s.io/apimachinery/pkg/runtime)',
      },
    ],
  ],
  [
    'not an object, but a list',
    [
      {
        code: 'invalid-manifest',
        severity: E,
        field: '',
        message: 'the manifest is a list, not an object',
        fix: 'pass one Kubernetes object (apiVersion, kind, metadata, ...)',
        rule: 'runtime.Decode (staging/src/k8s.io/apimachinery/pkg/runtime)',
      },
    ],
  ],
  [
    'PDB unhealthyPodEvictionPolicy unknown, and a fractional bound',
    [
      {
        code: 'invalid-pdb',
        severity: E,
        field: 'spec.minAvailable',
        message: "the PodDisruptionBudget's minAvailable is 1.5; it must be a whole number of 0 or more, or a percentage",
        fix: 'use e.g. 1 or "50%"',
        rule: 'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      },
      {
        code: 'invalid-pdb',
        severity: E,
        field: 'spec.unhealthyPodEvictionPolicy',
        message: 'the PodDisruptionBudget\'s unhealthyPodEvictionPolicy is "Never"',
        fix: 'use IfHealthyBudget or AlwaysAllow',
        rule: 'validation.ValidatePodDisruptionBudgetSpec (pkg/apis/policy/validation)',
      },
    ],
  ],
  [
    'PDB bound a word, selector with a bad expression',
    [
      {
        code: 'invalid-pdb',
        severity: E,
        field: 'spec.minAvailable',
        message: 'the PodDisruptionBudget\'s minAvailable is "most", neither a whole number nor a percentage like "50%"',
        fix: 'use e.g. 1 or "50%"',
        rule: 'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      },
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.selector.matchExpressions[0].values',
        message: 'selector expression on "app" in the PodDisruptionBudget\'s selector uses In without values',
        fix: 'list the values, or use Exists/DoesNotExist',
        rule: 'validation.ValidateLabelSelector (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'PDB maxUnavailable above 100%',
    [
      {
        code: 'invalid-pdb',
        severity: E,
        field: 'spec.maxUnavailable',
        message: "the PodDisruptionBudget's maxUnavailable is 101%, more than 100%",
        fix: 'use a percentage from 0% to 100%',
        rule: 'validation.IsNotMoreThan100Percent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'unknown kind: metadata only',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.name',
        message:
          'Widget name "W" is not a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 253 characters)',
        fix: 'rename it, e.g. "w"',
        rule: 'validation.NameIsDNSSubdomain (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'dispatch on apiVersion and kind joined: apps with v1/Deployment is a Deployment',
    [
      {
        code: 'missing-container',
        severity: E,
        field: 'spec.template',
        message: 'the pod template is missing',
        fix: 'add a template with metadata.labels and a spec with containers',
        rule: 'validation.ValidatePodTemplateSpec (pkg/apis/core/validation)',
      },
      {
        code: 'selector-mismatch',
        severity: E,
        field: 'spec.selector',
        message: 'the Deployment has no selector',
        fix: 'set spec.selector.matchLabels to labels of the pod template, e.g. { app: <name> }',
        rule: 'validation.ValidateDeploymentSpec (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'PDB bound of a digit then letters',
    [
      {
        code: 'invalid-pdb',
        severity: E,
        field: 'spec.minAvailable',
        message: 'the PodDisruptionBudget\'s minAvailable is "1a", neither a whole number nor a percentage like "50%"',
        fix: 'use e.g. 1 or "50%"',
        rule: 'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'PDB bound of letters then a digit',
    [
      {
        code: 'invalid-pdb',
        severity: E,
        field: 'spec.minAvailable',
        message: 'the PodDisruptionBudget\'s minAvailable is "a1", neither a whole number nor a percentage like "50%"',
        fix: 'use e.g. 1 or "50%"',
        rule: 'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'PDB quoted number of two digits',
    [
      {
        code: 'invalid-pdb',
        severity: E,
        field: 'spec.minAvailable',
        message: 'the PodDisruptionBudget\'s minAvailable is "12", neither a whole number nor a percentage like "50%"',
        fix: 'write the number unquoted (12) or as a percentage ("12%")',
        rule: 'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      },
    ],
  ],
  [
    'Service port name null among several: no name',
    [
      {
        code: 'service-port-name',
        severity: E,
        field: 'spec.ports[0].name',
        message: 'Service port #1 has no name; a Service with several ports must name each',
        fix: 'name it, e.g. "http"',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Service port name "" among several: no name',
    [
      {
        code: 'service-port-name',
        severity: E,
        field: 'spec.ports[0].name',
        message: 'Service port #1 has no name; a Service with several ports must name each',
        fix: 'name it, e.g. "http"',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Service ports 80 named and 443 unnamed: https suggested',
    [
      {
        code: 'service-port-name',
        severity: E,
        field: 'spec.ports[1].name',
        message: 'Service port #2 has no name; a Service with several ports must name each',
        fix: 'name it, e.g. "https"',
        rule: 'validation.validateServicePort (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Service targetPort of digits then "-"',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[0].targetPort',
        message: 'Service port "http" has targetPort "80-", neither a port number from 1 to 65535 nor an IANA service name',
        fix: 'use the container port number, or the name of a container port (at most 15 lowercase letters, digits and "-")',
        rule: 'validation.ValidatePortNumOrName (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Service targetPort of "-" then digits',
    [
      {
        code: 'invalid-service-port',
        severity: E,
        field: 'spec.ports[0].targetPort',
        message: 'Service port "http" has targetPort "-80", neither a port number from 1 to 65535 nor an IANA service name',
        fix: 'use the container port number, or the name of a container port (at most 15 lowercase letters, digits and "-")',
        rule: 'validation.ValidatePortNumOrName (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'ConfigMap data value null',
    [
      {
        code: 'invalid-config-value',
        severity: E,
        field: 'data[app.yaml]',
        message: 'ConfigMap value "app.yaml" is null; data values are strings',
        fix: 'quote it: ""',
        rule: 'json.Unmarshal into ConfigMap.data (map[string]string)',
      },
    ],
  ],
  [
    'ConfigMap binaryData key with a space',
    [
      {
        code: 'invalid-config-key',
        severity: E,
        field: 'binaryData[logo file]',
        message:
          "ConfigMap key \"logo file\" is not a valid key (letters, digits, '-', '_' or '.', at most 253 characters, not '.' or starting with '..')",
        fix: 'rename the key, e.g. "logo_file"',
        rule: 'validation.ValidateConfigMap (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'ConfigMap key with a run of spaces and a dot',
    [
      {
        code: 'invalid-config-key',
        severity: E,
        field: 'data[my  file.txt]',
        message:
          "ConfigMap key \"my  file.txt\" is not a valid key (letters, digits, '-', '_' or '.', at most 253 characters, not '.' or starting with '..')",
        fix: 'rename the key, e.g. "my_file.txt"',
        rule: 'validation.ValidateConfigMap (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'ConfigMap key longer than 253 characters',
    [
      {
        code: 'invalid-config-key',
        severity: E,
        field:
          'data[kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk]',
        message:
          "ConfigMap key \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\" is not a valid key (letters, digits, '-', '_' or '.', at most 253 characters, not '.' or starting with '..')",
        fix: 'rename the key, e.g. "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"',
        rule: 'validation.ValidateConfigMap (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Secret data key with a space',
    [
      {
        code: 'invalid-config-key',
        severity: E,
        field: 'data[pass word]',
        message:
          "Secret key \"pass word\" is not a valid key (letters, digits, '-', '_' or '.', at most 253 characters, not '.' or starting with '..')",
        fix: 'rename the key, e.g. "pass_word"',
        rule: 'validation.ValidateSecret (pkg/apis/core/validation)',
      },
    ],
  ],
  [
    'Secret stringData value null',
    [
      {
        code: 'invalid-config-value',
        severity: E,
        field: 'stringData[token]',
        message: 'Secret stringData "token" is null; stringData values are strings',
        fix: 'quote it: ""',
        rule: 'json.Unmarshal into Secret.stringData (map[string]string)',
      },
    ],
  ],
  [
    'kind named like an Object property: metadata only',
    [
      {
        code: 'invalid-name',
        severity: E,
        field: 'metadata.name',
        message:
          'constructor name "Web" is not a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 253 characters)',
        fix: 'rename it, e.g. "web"',
        rule: 'validation.NameIsDNSSubdomain (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      },
    ],
  ],
  [
    'PDB selector expression without a key',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.selector.matchExpressions[0].key',
        message:
          'selector expression key "" in the PodDisruptionBudget\'s selector is not a qualified name: an optional DNS subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
        fix: 'use a label key such as "key"',
        rule: 'validation.ValidateLabelSelector (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'PDB selector matchLabels with a bad value',
    [
      {
        code: 'invalid-label',
        severity: E,
        field: 'spec.selector.matchLabels[app]',
        message:
          'label "app" in the PodDisruptionBudget\'s selector has value "web app", which is not a label value (at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, or empty)',
        fix: 'use a value such as "web-app"',
        rule: 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)',
      },
    ],
  ],
  [
    'Secret stringData value an object',
    [
      {
        code: 'invalid-config-value',
        severity: E,
        field: 'stringData[token]',
        message: 'Secret stringData "token" is an object; stringData values are strings',
        fix: 'quote it: "{\\"a\\":1}"',
        rule: 'json.Unmarshal into Secret.stringData (map[string]string)',
      },
    ],
  ],
];

test.each(wording)('%s', (title, expected) => {
  expect(objects.has(title)).toBe(true);
  expect(validateManifest(objects.get(title))).toEqual(expected);
});

describe('findings over a set of manifests', () => {
  const inShop = (object: any) => mutated(object, (o) => (o.metadata.namespace = 'shop'));
  const budget = (spec: Record<string, unknown>, namespace?: string) =>
    mutated(pdb(), (p) => {
      if (namespace) p.metadata.namespace = namespace;
      p.spec = { selector: p.spec.selector, ...spec };
    });
  const inputs: [string, unknown[], ManifestSetOptions?][] = [
    ['a budget over another namespace', [deployment(), budget({ minAvailable: 1 }, 'other')]],
    [
      'a budget over other labels, no namespace',
      [
        mutated(deployment(), (d) => delete d.metadata.namespace),
        mutated(budget({ minAvailable: 1 }), (p) => (p.spec.selector = { matchLabels: { app: 'api' } })),
      ],
    ],
    ['minAvailable equal to the replicas', [deployment(), budget({ minAvailable: 2 }, 'shop')]],
    ['maxUnavailable over a DaemonSet', [inShop(daemonSet()), budget({ maxUnavailable: 1 }, 'shop')]],
    ['a Service over other labels', [deployment(), mutated(inShop(service()), (s) => (s.spec.selector = { app: 'api' }))]],
    ['a Service in no namespace', [deployment(), mutated(service(), (s) => (s.spec.selector = { app: 'api' }))]],
    ['a helper without resources', [mutated(deployment(), (d) => d.spec.template.spec.containers.push(helper()))]],
    ['an image without a tag', [mutated(deployment(), (d) => (d.spec.template.spec.containers[0].image = 'nginx'))]],
    ['an image tagged latest', [mutated(deployment(), (d) => (d.spec.template.spec.containers[0].image = 'nginx:latest'))]],
    ['a bare Pod', [pod()]],
    [
      'a native sidecar writing the app volume',
      [
        mutated(deployment(), (d) => {
          const mounts = [{ name: 'data', mountPath: '/data' }];
          d.spec.template.spec.initContainers = [
            helper({ restartPolicy: 'Always', resources: { requests: { cpu: '50m' } }, volumeMounts: mounts }),
          ];
        }),
      ],
    ],
    [
      'a port of the injected proxy',
      [
        mutated(deployment(), (d) => {
          d.spec.template.metadata.labels['sidecar.istio.io/inject'] = 'true';
          d.spec.template.spec.containers[0].ports = [{ containerPort: 15090 }];
        }),
      ],
    ],
    ['Guaranteed asked, Burstable computed', [deployment()], { minimumQosClass: 'Guaranteed' }],
    [
      'Burstable asked, BestEffort computed',
      [mutated(job(), (j) => delete j.spec.template.spec.containers[0].resources)],
      { minimumQosClass: 'Burstable' },
    ],
  ];
  const expected: Record<string, Violation[][]> = {
    'a budget over another namespace': [
      [],
      [
        {
          code: 'pdb-selects-nothing',
          severity: W,
          field: 'spec.selector',
          message: 'the PodDisruptionBudget selects no pod of these manifests in namespace "other", so it protects nothing',
          fix: "make its selector match the pod template's labels (the workload's spec.selector, in the same namespace)",
          rule: 'disruption.getExpectedPodCount and updatePdbStatus (pkg/controller/disruption/disruption.go); policy/v1 LabelSelector',
        },
      ],
    ],
    'a budget over other labels, no namespace': [
      [],
      [
        {
          code: 'pdb-selects-nothing',
          severity: W,
          field: 'spec.selector',
          message: 'the PodDisruptionBudget selects no pod of these manifests, so it protects nothing',
          fix: "make its selector match the pod template's labels (the workload's spec.selector, in the same namespace)",
          rule: 'disruption.getExpectedPodCount and updatePdbStatus (pkg/controller/disruption/disruption.go); policy/v1 LabelSelector',
        },
      ],
    ],
    'minAvailable equal to the replicas': [
      [],
      [
        {
          code: 'pdb-blocks-eviction',
          severity: E,
          field: 'spec.minAvailable',
          message:
            'the PodDisruptionBudget blocks every voluntary eviction of Deployment web: 2 pods minus minAvailable 2 allows no eviction: a drain of any node running one of these pods waits forever',
          fix: 'allow at least one eviction: minAvailable below 2, maxUnavailable 1 or more, or more replicas',
          rule: 'disruption.getExpectedPodCount and updatePdbStatus (pkg/controller/disruption/disruption.go)',
        },
      ],
    ],
    'maxUnavailable over a DaemonSet': [
      [],
      [
        {
          code: 'pdb-blocks-eviction',
          severity: E,
          field: 'spec.maxUnavailable',
          message:
            'the PodDisruptionBudget blocks every voluntary eviction of DaemonSet agent: maxUnavailable and percentages need controllers with a scale, and DaemonSet agent has none: the disruption controller computes no allowance and every eviction is refused',
          fix: 'use minAvailable with a number of pods, or select only Deployments, ReplicaSets and StatefulSets',
          rule: 'disruption.getExpectedPodCount and updatePdbStatus (pkg/controller/disruption/disruption.go)',
        },
      ],
    ],
    'a Service over other labels': [
      [],
      [
        {
          code: 'service-selects-nothing',
          severity: W,
          field: 'spec.selector',
          message:
            'the Service selects no pod of these manifests in namespace "shop": it has no endpoints and its clients get "connection refused"',
          fix: "make spec.selector a subset of the pod template's labels, in the same namespace",
          rule: 'endpoints controller (pkg/controller/endpoint/endpoints_controller.go): endpoints are the selected pods',
        },
      ],
    ],
    'a Service in no namespace': [
      [],
      [
        {
          code: 'service-selects-nothing',
          severity: W,
          field: 'spec.selector',
          message: 'the Service selects no pod of these manifests: it has no endpoints and its clients get "connection refused"',
          fix: "make spec.selector a subset of the pod template's labels, in the same namespace",
          rule: 'endpoints controller (pkg/controller/endpoint/endpoints_controller.go): endpoints are the selected pods',
        },
      ],
    ],
    'a helper without resources': [
      [
        {
          code: 'helper-without-resources',
          severity: W,
          field: 'spec.template.spec.containers[1].resources',
          message:
            'container "helper" is a helper with neither requests nor limits: the scheduler reserves nothing for it, it may use the whole node, and it makes the pod Burstable (or BestEffort)',
          fix: 'give container "helper" cpu and memory requests and limits (limits equal to requests keep a Guaranteed pod Guaranteed)',
          rule: 'qos.ComputePodQOS (pkg/apis/core/helper/qos); scheduler NodeResourcesFit counts requests only',
        },
      ],
    ],
    'an image without a tag': [
      [
        {
          code: 'unpinned-image',
          severity: W,
          field: 'spec.template.spec.containers[0].image',
          message:
            'container "app" runs "nginx", without a tag (so :latest): each node pulls whatever the tag points at when the pod starts, so replicas can run different code and a rollback does not roll back',
          fix: 'pin a version tag or a digest, e.g. "nginx:1.2.3" or "nginx@sha256:…"',
          rule: 'image pull (pkg/kubelet/images): a tag is resolved at pull time; imagePullPolicy defaults to Always for :latest',
        },
      ],
    ],
    'an image tagged latest': [
      [
        {
          code: 'unpinned-image',
          severity: W,
          field: 'spec.template.spec.containers[0].image',
          message:
            'container "app" runs "nginx:latest", tagged latest: each node pulls whatever the tag points at when the pod starts, so replicas can run different code and a rollback does not roll back',
          fix: 'pin a version tag or a digest, e.g. "nginx:1.2.3" or "nginx@sha256:…"',
          rule: 'image pull (pkg/kubelet/images): a tag is resolved at pull time; imagePullPolicy defaults to Always for :latest',
        },
      ],
    ],
    'a bare Pod': [
      [
        {
          code: 'bare-pod',
          severity: W,
          field: 'kind',
          message:
            'a bare Pod: nothing recreates it when its node fails, it is evicted or deleted, nothing rolls out a new version, and no budget keeps a drain from taking it',
          fix: 'run it under a Deployment (or a Job if it runs to completion); if a bare Pod is deliberate, annotate it pod-patterns.io/allow-bare-pod: "true"',
          rule: 'pod lifecycle: a Pod is never rescheduled (kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle)',
        },
      ],
    ],
    'a native sidecar writing the app volume': [
      [
        {
          code: 'shared-volume-writable',
          severity: W,
          field: 'spec.template.spec.initContainers[0].volumeMounts[0].readOnly',
          message:
            'native sidecar "helper" mounts volume "data" writable, and so does container "app", which runs at the same time: a helper that only reads the files can still change or delete them',
          fix: 'if native sidecar "helper" only reads "data", mount it with readOnly: true',
          rule: 'VolumeMount.ReadOnly (staging/src/k8s.io/api/core/v1/types.go): mounts are read-write unless set',
        },
      ],
    ],
    'a port of the injected proxy': [
      [
        {
          code: 'port-collision',
          severity: E,
          field: 'spec.template.spec.containers[0].ports[0].containerPort',
          message:
            'container "app" listens on 15090/TCP, which the injected "istio-proxy" listens on too (Istio takes 15000, 15001, 15004, 15006, 15008, 15020, 15021, 15053, 15090); the second to bind fails with "address already in use"',
          fix: 'move container "app" to a port outside Istio\'s (e.g. 15190)',
          rule: "Istio's injection template (istio-proxy ports) in the pod's one network namespace",
        },
      ],
    ],
    'Guaranteed asked, Burstable computed': [
      [
        {
          code: 'qos-mismatch',
          severity: E,
          field: 'spec.template.spec',
          message:
            'the pod\'s QoS class is Burstable, below the Guaranteed expected: container "app" requests 100m cpu but limits 500m; container "app" requests 128Mi memory but limits 256Mi',
          fix: 'give every container (init and injected ones included) cpu and memory limits equal to its requests',
          rule: 'qos.ComputePodQOS (pkg/apis/core/helper/qos)',
        },
      ],
    ],
    'Burstable asked, BestEffort computed': [
      [
        {
          code: 'qos-mismatch',
          severity: E,
          field: 'spec.template.spec',
          message:
            "the pod's QoS class is BestEffort, below the Burstable expected: no container (init containers included) requests or limits cpu or memory",
          fix: 'give at least one container a cpu or memory request',
          rule: 'qos.ComputePodQOS (pkg/apis/core/helper/qos)',
        },
      ],
    ],
  };

  // A rest parameter: jest would take a third parameter, absent from most rows, for `done`.
  test.each(inputs)('%s', (...[title, objects, options]) => expect(validateManifestSet(objects, options)).toEqual(expected[title]));
});
