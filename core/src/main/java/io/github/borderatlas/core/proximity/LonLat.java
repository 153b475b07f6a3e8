package io.github.borderatlas.core.proximity;

/**
 * A point in WGS84 degrees, longitude first. Immutable.
 *
 * @param lon longitude, degrees
 * @param lat latitude, degrees
 */
public record LonLat(double lon, double lat) {}
