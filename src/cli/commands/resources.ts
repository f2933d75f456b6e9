import { findConstraint } from "../../core/constraints/constraint";
import { defineCommand, loadPlanningFolder, type CommandSpec } from "../args";
import { fillLabel } from "../../i18n/labels";
import { percent, quantity, unitText, words } from "../format";
import { exactJson, ratioJson } from "../json";
import { renderTable } from "../table";
import type { Command } from "./io";

const spec = {
  name: "resources",
  summary: "load and utilisation of every resource at full demand, and the CCR",
  usage: `Usage: throughput-accounting resources <model-folder> [--json] [--locale ru|en]

The time every resource would need to serve the whole demand (demand.csv), against its capacity
(resources.csv); the overloaded resources; the CCR (the most overloaded one) — or, when none is
overloaded, that the market is the constraint.

Options:
  --json          machine-readable output (utilisation as a decimal string)
  --locale ru|en  language and number format of the text output (default en)
  -h, --help  this help`,
  options: {},
} as const satisfies CommandSpec<Record<string, never>>;

/** `resources`: utilisation at full demand and the constraint. */
export const resourcesCommand: Command = defineCommand(spec, async (args, io) => {
  const model = await loadPlanningFolder(args.folder, io.err);
  const finding = findConstraint(model);
  const constraint =
    finding.kind === "resource-constraint"
      ? { kind: "resource-constraint", resource: finding.constraint.resourceId }
      : { kind: "market-constraint", busiest: finding.busiest?.resourceId ?? null };
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
          utilisation: ratioJson(load.utilisation),
          overloaded: load.overloaded,
        })),
      }),
    );
    return 0;
  }
  const w = words();
  io.out(`${fillLabel(w.resourcesTitle, { model: model.name })}\n`);
  io.out(
    renderTable(
      [
        { heading: w.resource },
        { heading: w.needed, numeric: true },
        { heading: w.capacity, numeric: true },
        { heading: w.unit },
        { heading: w.utilisation, numeric: true },
        { heading: "" },
      ],
      finding.loads.map((load) => [
        load.name === load.resourceId ? load.resourceId : `${load.resourceId} (${load.name})`,
        quantity(load.used),
        quantity(load.capacity),
        unitText(load.unit),
        percent(load.utilisation),
        load.overloaded ? w.overloaded : "",
      ]),
    ),
  );
  const share = (load: { resourceId: string; utilisation: number }) => ({
    resource: load.resourceId,
    share: percent(load.utilisation),
  });
  io.out(
    finding.kind === "resource-constraint"
      ? `\n${fillLabel(w.ccrIs, share(finding.constraint))}`
      : `\n${fillLabel(w.marketIsConstraint, { busiest: finding.busiest ? fillLabel(w.busiest, share(finding.busiest)) : "" })}`,
  );
  return 0;
});
