import type { ResolvedFromSchemaOptions } from "./resolved.js";

/**
 * The fromSchema option that changes how often `dataClass` is drawn, with
 * its value now: what a coverage shortfall tells the user to change.
 */
export function classAdvice(dataClass: string, options: ResolvedFromSchemaOptions): string | undefined {
  const [kind, rest] = [dataClass.slice(0, dataClass.indexOf(":")), dataClass.slice(dataClass.indexOf(":") + 1)];
  const field = (path: string) => {
    const own = options.fields.get(path)?.presence;
    return own !== undefined ? `fromSchema's fields["${path}"].presence (now ${own})` : `fromSchema's fields["${path}"].presence (now the default presence, ${options.presence})`;
  };
  const { share, fanOut } = options.pressure;
  switch (kind) {
    case "size": {
      const table = rest.slice(0, rest.lastIndexOf(":"));
      const size = options.tables.get(table)?.size;
      return `fromSchema's tables.${table}.size (now ${size ? `${size.min} to ${size.max}` : "the default"}) or batchSize (now ${options.batchSize})`;
    }
    case "present":
      return `raise ${field(rest)}`;
    case "absent":
      return `lower ${field(rest)}`;
    case "branch":
      return `a fromSchema fields["${rest.slice(0, rest.lastIndexOf("="))}"].value that draws this member more often`;
    case "orphan":
      return "fromSchema's tables.<table it references>.orphans";
    case "pressure":
      return rest === "fan-out"
        ? `raise fromSchema's sizePressure.share (now ${share}) or sizePressure.fanOut (now ${fanOut})`
        : `raise fromSchema's sizePressure.share (now ${share})`;
    default:
      return undefined;
  }
}
