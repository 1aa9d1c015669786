package org.vdkg.cli;

import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.coverage.CoverageText;

/** {@code vdkg coverage}: which content paragraphs of each source carry no claim. */
final class CoverageCommand implements Command {

    static final Option SOURCE = Option.builder().longOpt("source").hasArg().argName("ID")
            .desc("only this source (an id of data/sources.yaml)").get();

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public String summary() {
        return CoverageText.DESCRIPTION;
    }

    @Override
    public Options options() {
        return new Options().addOption(SOURCE).addOption(CommonOptions.TEXTS).addOption(CommonOptions.ROOT);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) {
        org.vdkg.layout.ProjectLayout layout = CommonOptions.layout(line, ctx);
        int code = CoverageText.execute(layout, Optional.ofNullable(line.getOptionValue(SOURCE)),
                CommonOptions.texts(line, ctx, layout), ctx.out(), ctx.err());
        return code == 0 ? Outcome.OK : Outcome.DATA_ERRORS;
    }
}
