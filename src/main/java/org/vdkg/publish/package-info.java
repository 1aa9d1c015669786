/**
 * Linked-data publishing: dereferenceable entity and ontology IRIs with content negotiation, HTML pages,
 * the VoID/DCAT dataset description, dumps and the JSON-LD context, all served next to Fuseki. Entity and claim
 * pages read claims in words with their evidence; {@code SourceParagraphs} quotes the cited paragraphs from the
 * source texts given with {@code serve --sources}, at request time.
 */
package org.vdkg.publish;
