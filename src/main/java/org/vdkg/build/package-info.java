/** Build: turns the curated dataset into a TDB2 database, atomically, with derived and build-metadata graphs and the search index. */
package org.vdkg.build;
