/** The {@code vdkg} command line: commands parse options and call one operation; {@link org.vdkg.cli.Main} maps outcomes to exit codes. */
package org.vdkg.cli;
