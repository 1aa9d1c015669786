/**
 * Claims and dates in words: readable titles for claims and readable dates for time spans, generated from the
 * RDF alone (imports only {@code org.vdkg.vocab}, Jena and the JDK), for pages, views and search results.
 */
package org.vdkg.words;
