package places
import ("testing";"fmt")
func TestDbg(t *testing.T) {
	r := recognizer(t)
	for _, n := range []string{"Orange County", "Afrin", "Paris", "Northamptonshire", "Ghouta", "Eastern Ghouta", "Korean Peninsula", "Cauvery", "Cirencester", "Cuyahoga County", "Muscat"} {
		fmt.Println(n, r.gaz.Lookup(n), r.gaz.Common(n), r.stop[n])
	}
	for _, s := range []string{"Orange County has made itself profoundly vulnerable to sophisticated mismanagement by its leaders.", "The militia forces invaded the Kurdish enclave of Afrin, along another part of the frontier.", "The connection to Paris is the only truly competitive rail journey at present."} {
		d := annotate(t, s)
		fmt.Println(placesString(d))
	}
}
