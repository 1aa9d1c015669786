/** {@code vdkg bench}, a module of its own beside the product jar: a synthetic corpus N times the curated data, and the build, load, query and start-up measurements against Jena's own tools. */
package org.vdkg.bench;
