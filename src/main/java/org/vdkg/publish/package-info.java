/**
 * Publishing the dataset for people and programs: the home page at {@code /}, dereferenceable entity and ontology
 * IRIs with content negotiation, HTML pages, the VoID/DCAT dataset description (listing the releases), dumps, the
 * releases at {@code /releases/} and the JSON-LD context, the
 * saved questions and the read-only Fuseki query UI at {@code /query}, all served next to Fuseki. Entity and claim
 * pages read claims in words with their evidence; {@code SourceParagraphs} quotes the cited paragraphs from the
 * source texts given with {@code serve --sources}, at request time.
 */
package org.vdkg.publish;
