package org.vdkg.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.vdkg.curate.CurationPipeline;
import org.vdkg.curate.CurationResult;
import org.vdkg.layout.ProjectLayout;

/** {@code vdkg validate}: checks the curated files and reports every problem. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Check ontology/ and data/ and report every problem (file:line); writes nothing.";
    }

    @Override
    public Options options() {
        return new Options().addOption(CommonOptions.ROOT).addOption(CommonOptions.BASE);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) {
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        CurationResult result = CurationPipeline.run(layout, CommonOptions.base(line));
        ProblemReport.print(result.problems(), ctx.err());
        ctx.err().println("vdkg: " + ProblemReport.summary(result.problems()));
        return result.hasErrors() ? Outcome.DATA_ERRORS : Outcome.OK;
    }
}
