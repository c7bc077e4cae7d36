/**
 * `npm run train:matching [-- --seed=N --records=N --random-pairs=N]`: trains the matching
 * model on a seeded synthetic population (issue 21: "the training reproducible by one
 * command") and writes src/matching/model/trained-model.json. The file carries no date, so the
 * same settings write the same bytes; the validation table printed beside it compares the
 * estimates with what the generator's labels say.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultTrainingSettings, trainMatchingModel, type TrainingSettings } from "./train-model.ts";
import { validate, validationTable } from "./validation.ts";

const options: Record<string, keyof TrainingSettings> = { seed: "seed", records: "records", "random-pairs": "randomPairs" };

function settingsFrom(args: string[]): TrainingSettings {
  const settings = { ...defaultTrainingSettings };
  for (const arg of args) {
    const [, name, value] = /^--([a-z-]+)=(\d+)$/.exec(arg) ?? [];
    const key = name ? options[name] : undefined;
    if (!key) throw new Error(`unknown argument ${arg}: expected --seed=N, --records=N or --random-pairs=N`);
    settings[key] = Number(value);
  }
  return settings;
}

/** The model as its file holds it: two-space JSON and a final newline, as the formatter leaves JSON. */
export const modelFileText = (model: unknown) => `${JSON.stringify(model, null, 2)}\n`;

export const modelFile = fileURLToPath(new URL("../model/trained-model.json", import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const settings = settingsFrom(process.argv.slice(2));
  const run = trainMatchingModel(settings);
  mkdirSync(dirname(modelFile), { recursive: true });
  writeFileSync(modelFile, modelFileText(run.model));
  console.log(validationTable(validate(run)));
  console.log(`\nwrote ${modelFile} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
