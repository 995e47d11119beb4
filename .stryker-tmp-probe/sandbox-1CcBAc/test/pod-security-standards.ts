/**
 * The Pod Security Standards (https://kubernetes.io/docs/concepts/security/pod-security-standards/,
 * Kubernetes 1.28), written down as checks over a synthesized pod spec, independent of the
 * library's own enforcement. `restrictedViolations` applies the baseline and restricted
 * controls to every container, init container and ephemeral container.
 */
// @ts-nocheck


export const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);
const RESTRICTED_VOLUME_TYPES = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t']);

/** Every control of the restricted profile (which includes baseline) that `spec` breaks. */
export function restrictedViolations(spec: any): string[] {
  const v: string[] = [];
  const pod = spec.securityContext ?? {};
  const containers: any[] = [...(spec.containers ?? []), ...(spec.initContainers ?? []), ...(spec.ephemeralContainers ?? [])];

  // Baseline: HostProcess, host namespaces, host ports, hostPath, sysctls, SELinux, seccomp.
  if (pod.windowsOptions?.hostProcess) v.push('pod: hostProcess');
  for (const ns of ['hostNetwork', 'hostPID', 'hostIPC']) if (spec[ns]) v.push(`pod: ${ns}`);
  for (const sysctl of pod.sysctls ?? []) if (!SAFE_SYSCTLS.has(sysctl.name)) v.push(`pod: unsafe sysctl ${sysctl.name}`);
  if (pod.seLinuxOptions && (!SELINUX_TYPES.has(pod.seLinuxOptions.type ?? '') || pod.seLinuxOptions.user || pod.seLinuxOptions.role))
    v.push('pod: seLinuxOptions');
  if (pod.seccompProfile?.type === 'Unconfined') v.push('pod: seccomp Unconfined');
  // Restricted: volume types, non-root, seccomp at pod level (or every container).
  for (const volume of spec.volumes ?? []) {
    const type = Object.keys(volume).find((k) => k !== 'name');
    if (!type || !RESTRICTED_VOLUME_TYPES.has(type)) v.push(`volume ${volume.name}: type ${type}`);
  }
  if (pod.runAsUser === 0) v.push('pod: runAsUser 0');

  for (const c of containers) {
    const sc = c.securityContext ?? {};
    const at = `container ${c.name}`;
    if (sc.windowsOptions?.hostProcess) v.push(`${at}: hostProcess`);
    if (sc.privileged) v.push(`${at}: privileged`);
    for (const port of c.ports ?? []) if (port.hostPort) v.push(`${at}: hostPort ${port.hostPort}`);
    if (sc.procMount && sc.procMount !== 'Default') v.push(`${at}: procMount ${sc.procMount}`);
    if (sc.seLinuxOptions && (!SELINUX_TYPES.has(sc.seLinuxOptions.type ?? '') || sc.seLinuxOptions.user || sc.seLinuxOptions.role))
      v.push(`${at}: seLinuxOptions`);
    const added: string[] = sc.capabilities?.add ?? [];
    for (const cap of added) if (!BASELINE_CAPABILITIES.has(cap)) v.push(`${at}: adds ${cap} (not baseline)`);

    if (sc.allowPrivilegeEscalation !== false) v.push(`${at}: allowPrivilegeEscalation not false`);
    const nonRoot = sc.runAsNonRoot ?? pod.runAsNonRoot;
    if (nonRoot !== true) v.push(`${at}: runAsNonRoot not true`);
    if (sc.runAsUser === 0) v.push(`${at}: runAsUser 0`);
    const seccomp = sc.seccompProfile?.type ?? pod.seccompProfile?.type;
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') v.push(`${at}: seccomp ${seccomp ?? 'unset'}`);
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) v.push(`${at}: does not drop ALL`);
    for (const cap of added) if (cap !== 'NET_BIND_SERVICE') v.push(`${at}: adds ${cap} (restricted allows NET_BIND_SERVICE only)`);
  }
  return v;
}
