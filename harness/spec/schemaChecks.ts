import type { GenericValidator } from "convex/values";
import type { App } from "../model/app.js";

type Fail = (option: string, problem: string) => never;

/**
 * Declaration-time checks of a spec against the app: every table, field and
 * function module it names exists. A typo must fail where it was written,
 * naming what is known, not three invariants later as a "termination" bug.
 */
export class SchemaChecks {
  constructor(private readonly app: App, private readonly fail: Fail) {}

  table(option: string, table: unknown): string {
    if (typeof table !== "string") return this.fail(option, `must be a table name, got ${describe(table)}`);
    if (!this.app.tables.includes(table)) {
      return this.fail(option, `names table "${table}", which the schema does not define; known tables: ${this.app.tables.join(", ")}`);
    }
    return table;
  }

  tables(option: string, tables: unknown): string[] {
    if (!Array.isArray(tables)) return this.fail(option, `must be an array of table names, got ${describe(tables)}`);
    return tables.map((table, i) => this.table(`${option}[${i}]`, table));
  }

  /** A top-level field of a table (any member, for a union of document shapes). */
  field(option: string, table: string, field: unknown): string {
    if (typeof field !== "string") return this.fail(option, `must be a field name, got ${describe(field)}`);
    const known = fieldsOf(this.app, table);
    if (!known.includes(field)) {
      return this.fail(option, `names field "${field}" of ${table}, which the schema does not define; known fields: ${known.join(", ")}`);
    }
    return field;
  }

  /** The module of a function name ("migrations/x:forward") exists; its export is checked once modules load. */
  functionModule(option: string, name: string): string {
    const module = name.split(":")[0];
    if (!this.app.modulePaths.has(module)) {
      const near = [...this.app.modulePaths].filter((m) => !m.startsWith("_generated")).sort();
      return this.fail(option, `names function "${name}", but the app has no module "${module}"; known modules: ${near.join(", ")}`);
    }
    return name;
  }
}

/** The top-level fields a table's documents may have, system fields included. */
export function fieldsOf(app: App, table: string): string[] {
  const validator = (app.schema.tables as Record<string, { validator: GenericValidator }>)[table]?.validator;
  const fields = new Set<string>(["_id", "_creationTime"]);
  const collect = (v: GenericValidator | undefined) => {
    if (!v) return;
    if (v.kind === "object") for (const name of Object.keys(v.fields)) fields.add(name);
    if (v.kind === "union") for (const member of v.members) collect(member);
  };
  collect(validator);
  return [...fields];
}

/** Which function names a spec's export check must find, with the option that named each. */
/** Functions a spec names, by option; `answers: "list"`: a query whose answers must be arrays (an unordered read path). */
export type NamedFunctions = Array<{ option: string; name: string; answers?: "list" }>;

/**
 * Checks that each named function is an export of its module. Async: modules
 * load lazily (the harness's vitest runner calls this while collecting a spec
 * file, so a typo still fails before any property runs).
 */
export async function missingExports(app: App, functions: NamedFunctions): Promise<string[]> {
  const root = Object.keys(app.modules).find((path) => path.includes("_generated"))!.split("_generated")[0];
  const problems: string[] = [];
  for (const { option, name, answers } of functions) {
    const [module, exported = "default"] = name.split(":");
    const key = Object.keys(app.modules).find((path) => path.startsWith(root) && path.slice(root.length).replace(/\.[cm]?[jt]s$/, "") === module);
    if (!key) continue; // reported at declaration
    const loaded = (await app.modules[key]()) as Record<string, unknown>;
    if (!(exported in loaded)) {
      const known = Object.keys(loaded).filter((k) => typeof loaded[k] === "function" || typeof loaded[k] === "object");
      problems.push(`\`${option}\` names function "${name}", but ${module} exports no "${exported}"; it exports: ${known.join(", ") || "nothing"}`);
    } else if (answers === "list") {
      const returns = returnsOtherThanList(loaded[exported]);
      if (returns) problems.push(`\`${option}\` is declared \`unordered\`, but ${name} returns ${returns} (its \`returns\` validator): only a list compares as a multiset; drop \`unordered\` or answer a list`);
    }
  }
  return problems;
}

/**
 * What a Convex function's `returns` validator says it answers, when that
 * can never be an array; null when it can (an array, any, a union with an
 * array) or when the function declares no `returns`.
 */
function returnsOtherThanList(fn: unknown): string | null {
  const exported = (fn as { exportReturns?: () => string } | null)?.exportReturns?.();
  if (typeof exported !== "string" || exported === "null") return null;
  const validator = JSON.parse(exported) as { type: string; value?: unknown };
  const canBeList = (v: { type: string; value?: unknown }): boolean =>
    v.type === "array" || v.type === "any" || (v.type === "union" && (v.value as Array<{ type: string }>).some(canBeList));
  return canBeList(validator) ? null : validator.type;
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : Array.isArray(value) ? "an array" : value === null ? "null" : typeof value;
}
