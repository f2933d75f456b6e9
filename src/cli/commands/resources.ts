import { findConstraint } from "../../core/constraints/constraint";
import { defineCommand, loadFolder, type CommandSpec } from "../args";
import { percent, quantity } from "../format";
import { exactJson } from "../json";
import { renderTable } from "../table";
import type { Command } from "./io";

const spec = {
  name: "resources",
  summary: "load and utilisation of every resource at full demand, and the CCR",
  usage: `Usage: throughput-accounting resources <model-folder> [--json]

The time every resource would need to serve the whole demand (demand.csv), against its capacity
(resources.csv); the overloaded resources; the CCR (the most overloaded one) — or, when none is
overloaded, that the market is the constraint.

Options:
  --json      machine-readable output
  -h, --help  this help`,
  options: {},
} as const satisfies CommandSpec<Record<string, never>>;

/** `resources`: utilisation at full demand and the constraint. */
export const resourcesCommand: Command = defineCommand(spec, async (args, io) => {
  const model = loadFolder(args.folder, io.err);
  const finding = findConstraint(model);
  const constraint =
    finding.kind === "resource-constraint"
      ? { kind: "resource", resource: finding.constraint.resourceId }
      : { kind: "market", busiest: finding.busiest?.resourceId ?? null };
  if (args.values.json) {
    io.out(
      exactJson({
        model: model.name,
        constraint,
        overloaded: finding.overloaded.map((load) => load.resourceId),
        resources: finding.loads.map((load) => ({
          id: load.resourceId,
          name: load.name,
          unit: load.unit,
          capacity: load.capacity,
          used: load.used,
          utilisation: load.utilisation,
          overloaded: load.overloaded,
        })),
      }),
    );
    return 0;
  }
  io.out(`${model.name}: resources at full demand\n`);
  io.out(
    renderTable(
      [{ heading: "resource" }, { heading: "needed", numeric: true }, { heading: "capacity", numeric: true }, { heading: "unit" }, { heading: "utilisation", numeric: true }, { heading: "" }],
      finding.loads.map((load) => [
        load.name === load.resourceId ? load.resourceId : `${load.resourceId} (${load.name})`,
        quantity(load.used),
        quantity(load.capacity),
        load.unit,
        percent(load.utilisation),
        load.overloaded ? "overloaded" : "",
      ]),
    ),
  );
  io.out(
    finding.kind === "resource-constraint"
      ? `\nThe CCR is ${finding.constraint.resourceId}: it would need ${percent(finding.constraint.utilisation)} of its capacity.`
      : `\nNo resource is overloaded: the market is the constraint${finding.busiest ? ` (busiest resource: ${finding.busiest.resourceId}, ${percent(finding.busiest.utilisation)})` : ""}.`,
  );
  return 0;
});
