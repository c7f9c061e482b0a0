// Package places recognises toponyms in news text and resolves them to
// places of an embedded gazetteer (countries, first-level divisions,
// counties, cities with population, and regions), and attaches a location
// to coded events.
package places
