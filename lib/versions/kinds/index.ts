import 'server-only';
import type { VersionDescriptor } from '../version-descriptor';
import type { VersionKind } from '../version-input';
import { dpaKind } from './dpa';
import { tomsKind } from './toms';

/** The descriptor of each version kind; the only place the two kinds are listed side by side. */
export const versionDescriptors: Record<VersionKind, VersionDescriptor> = { dpa: dpaKind, toms: tomsKind };

export const descriptorOf = (kind: VersionKind): VersionDescriptor => versionDescriptors[kind];
