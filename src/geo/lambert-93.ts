// Lambert-93 (EPSG:2154), the CRS of French GIS files and of the BAN's x/y columns, as proj4 reads it.
export const LAMBERT_93 = '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
