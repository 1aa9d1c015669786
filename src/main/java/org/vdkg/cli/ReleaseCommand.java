package org.vdkg.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.release.Release;
import org.vdkg.release.ReleaseArchive;
import org.vdkg.release.ReleaseWriter;
import org.vdkg.store.Store;
import org.vdkg.vocab.IriScheme;

/** {@code vdkg release}: writes a dated, versioned, immutable release of the database under {@code run/releases/V/}. */
final class ReleaseCommand implements Command {

    static final Option VERSION = Option.builder().longOpt("version").hasArg().argName("V")
            .desc("the release's version, e.g. 1.2.0 (default: today's date and a counter, 2026-11-29.1)").get();

    @Override
    public String name() {
        return "release";
    }

    @Override
    public String summary() {
        return "Write a versioned release: compressed dumps, VoID, an RDF Patch from the previous release, a changelog.";
    }

    @Override
    public Options options() {
        return new Options().addOption(VERSION).addOption(CommonOptions.DB).addOption(CommonOptions.ROOT)
                .addOption(CommonOptions.BASE);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) {
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        String base = CommonOptions.base(line);
        ReleaseArchive archive = new ReleaseArchive(layout.releasesDir());
        String version = line.hasOption(VERSION) ? ReleaseArchive.checkVersion(line.getOptionValue(VERSION)) : archive.nextVersion();
        try (Store store = Store.open(CommonOptions.db(line, ctx, layout))) {
            Release r = ReleaseWriter.write(store, archive, version, new IriScheme(base), Instant.now().truncatedTo(ChronoUnit.SECONDS));
            ctx.out().println(r.version());
            ctx.err().println("vdkg: wrote release " + r.version() + " (" + r.quads() + " statements"
                    + (r.previous() == null ? ", the first release: no patch" : ", patch from " + r.previous()) + ") to "
                    + CommonOptions.show(r.dir(), ctx));
        }
        return Outcome.OK;
    }
}
