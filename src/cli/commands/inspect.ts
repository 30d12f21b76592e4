import { inspectModel } from "../../engine/inspect.js";
import { openModel } from "../../engine/model/open-model.js";
import { printJson, type CommandHandler } from "../context.js";
import { renderInspect } from "../render-inspect.js";

export const inspectCommand: CommandHandler = async ({ args, json, io, modelOptions }) => {
  const model = await openModel(args[0] as string, modelOptions);
  try {
    const report = await inspectModel(model);
    if (json) printJson(io, report);
    else io.stdout(renderInspect(report) + "\n");
    return 0;
  } finally {
    await model.close();
  }
};
