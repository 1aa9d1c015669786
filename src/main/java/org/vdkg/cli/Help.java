package org.vdkg.cli;

import java.util.Collection;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** Help texts: a summary line, then one line per option. */
final class Help {

    private Help() {
    }

    static String command(Command command, Options options) {
        String args = command.arguments().isEmpty() ? "" : " " + command.arguments();
        return "usage: vdkg " + command.name() + args + " [options]\n" + command.summary() + "\n\noptions:\n"
                + options(options.getOptions());
    }

    static String options(Collection<Option> options) {
        int w = options.stream().mapToInt(o -> left(o).length()).max().orElse(10);
        StringBuilder sb = new StringBuilder();
        for (Option o : options) {
            sb.append("  ").append(pad(left(o), w + 2)).append(o.getDescription()).append('\n');
        }
        return sb.toString();
    }

    private static String left(Option o) {
        StringBuilder sb = new StringBuilder();
        if (o.getOpt() != null) {
            sb.append('-').append(o.getOpt());
            if (o.getLongOpt() != null) {
                sb.append(", ");
            }
        }
        if (o.getLongOpt() != null) {
            sb.append("--").append(o.getLongOpt());
        }
        if (o.hasArg()) {
            sb.append(' ').append(o.getArgName() == null ? "VALUE" : o.getArgName());
        }
        return sb.toString();
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
