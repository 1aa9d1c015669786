package org.vdkg.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.intake.Proposals;
import org.vdkg.intake.SuggestionOutput;
import org.vdkg.intake.Suggestions;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.problem.UserException;

/** {@code vdkg suggest ID}: names, numbers and candidate entities per paragraph of a source, for review. */
final class SuggestCommand implements Command {

    static final Option JSON = Option.builder().longOpt("json").desc("print the review list as JSON").get();
    static final Option PROPOSALS = Option.builder().longOpt("proposals")
            .desc("also write data/proposals/ID.yaml (status: proposed; never loaded by the build; see vdkg accept)").get();

    @Override
    public String name() {
        return "suggest";
    }

    @Override
    public String arguments() {
        return "ID";
    }

    @Override
    public int maxArguments() {
        return 1;
    }

    @Override
    public String summary() {
        return "List per paragraph of source ID the known entities, new names and numbers it prints, with candidates.";
    }

    @Override
    public Options options() {
        return new Options().addOption(JSON).addOption(PROPOSALS).addOption(CommonOptions.TEXTS).addOption(CommonOptions.ROOT);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) {
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        String id = CommonOptions.argument(line, 0, "ID: the id of a source of data/sources.yaml");
        Path texts = CommonOptions.texts(line, ctx, layout).orElseThrow(() -> new UserException(
                "no source texts: ../shared/sources is not beside the project; give their folder with --texts DIR"));
        Suggestions.Report report = Suggestions.of(layout, id, texts);
        // Written first: a refused proposals file leaves no review list behind that seems to have been saved.
        String written = line.hasOption(PROPOSALS) ? Proposals.write(layout, report) : null;
        if (line.hasOption(JSON)) {
            ctx.out().println(SuggestionOutput.json(report));
        } else {
            SuggestionOutput.text(report).forEach(ctx.out()::println);
        }
        if (written != null) {
            ctx.err().println("vdkg: wrote " + written);
        }
        return Outcome.OK;
    }
}
