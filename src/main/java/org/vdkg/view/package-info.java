/**
 * Served views: the interactive actor network ({@code /graph}), timeline ({@code /timeline}) and map ({@code /map}),
 * their JSON, and the claims behind an edge ({@code /graph/edge.json}) in words with their evidence ({@code ClaimJson}).
 */
package org.vdkg.view;
