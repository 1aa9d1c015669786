/**
 * Publishing the dataset for people and programs: the home page at {@code /}, dereferenceable entity and ontology
 * IRIs with content negotiation, HTML pages, the VoID/DCAT dataset description, dumps and the JSON-LD context, the
 * saved questions and the read-only Fuseki query UI at {@code /query}, all served next to Fuseki.
 */
package org.vdkg.publish;
