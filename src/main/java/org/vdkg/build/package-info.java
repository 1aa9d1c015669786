/**
 * Build: turns the curated graphs into a TDB2 database, atomically and streaming (each source's graph is written by
 * {@link org.vdkg.build.StreamingWriter} while the next is mapped), incrementally (an unchanged source's graph comes
 * from the last build's {@link org.vdkg.build.SourceCache}), with the derived graph (semi-naive rounds), the
 * build-metadata graph and the search index.
 */
package org.vdkg.build;
