// Preloaded into the hub's processes by the soak run (NODE_OPTIONS=--import ...). Node refuses
// --trace-gc in NODE_OPTIONS, but V8 takes it at run time. Scavenges are left out: they are many
// a second, and only a full collection's "after" figure is the live heap the soak run wants.
import v8 from 'node:v8';

v8.setFlagsFromString('--trace-gc');
v8.setFlagsFromString('--trace-gc-ignore-scavenger');
