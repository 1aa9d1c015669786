/** Network exports: the actor network (typed, dated, evidenced relations) for graph tools, and places as GeoJSON. */
package org.vdkg.network;
