import { hasErrors } from "../model";
import { bookArgument, Command, EXIT_DONE, EXIT_WORKBOOK_ERRORS } from "./command";
import { findingsJson, jsonText } from "./json";
import { countsText, findingsText, summaryText } from "./report";
import { analyseFile } from "./workbook";
import { columnJson, columnsText } from "./columns";

const usage = "validate BOOK [--columns] [--json]";

/** Reads and validates a workbook; prints every finding with its sheet and cell. */
export const validateCommand: Command = {
  usage,
  summary: "read and validate a workbook; print every finding with its sheet and cell",
  options: { json: { type: "boolean" }, columns: { type: "boolean" } },
  async run(input) {
    const file = bookArgument(input, usage);
    const { analysis } = await analyseFile(file, input.io);
    const failed = hasErrors(analysis.findings);
    const columns = input.options.columns === true;
    if (input.options.json) {
      const accounts = analysis.scorecard?.columns ?? [];
      input.io.stdout(jsonText(columns ? { ...findingsJson(analysis.findings), columns: accounts.map(columnJson) } : findingsJson(analysis.findings)));
    } else {
      if (columns) input.io.stdout(`${columnsText(analysis.scorecard)}
`);
      input.io.stdout(findingsText(analysis.findings));
      // Ratings drawn from a book with errors would mislead; show them only for a sound book.
      if (!failed && analysis.scorecard) input.io.stdout(`\n${summaryText(analysis)}`);
      input.io.stdout(`\n${file}: ${countsText(analysis.findings)}.\n`);
    }
    return failed ? EXIT_WORKBOOK_ERRORS : EXIT_DONE;
  },
};
