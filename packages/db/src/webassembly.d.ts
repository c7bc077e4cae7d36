// The WebAssembly globals Node provides; @types/node 20 does not declare them and the DOM lib
// would bring in a browser's globals, so only what loading Prisma's schema engine uses is declared.
declare namespace WebAssembly {
  // An opaque compiled module: nothing of it is read, only handed back to `instantiate`.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Module {}
  interface Instance {
    readonly exports: Exports;
  }
  type Exports = Record<string, unknown>;
  type ModuleImports = Record<string, unknown>;
  type Imports = Record<string, ModuleImports>;
  interface ModuleImportDescriptor {
    module: string;
    name: string;
    kind: string;
  }
  const Module: { imports(module: Module): ModuleImportDescriptor[] };
  function compile(bytes: Uint8Array): Promise<Module>;
  function instantiate(module: Module, imports?: Imports): Promise<Instance>;
}
