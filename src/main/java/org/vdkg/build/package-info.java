/** Build: turns the curated dataset into a TDB2 database, atomically, with derived and build-metadata graphs. */
package org.vdkg.build;
