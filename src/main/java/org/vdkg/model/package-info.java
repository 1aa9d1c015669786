/** The curated facts as records (sources, works, entities, claims), the claim kinds with their fields and value types, and time spans. */
package org.vdkg.model;
