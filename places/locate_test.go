package places

import (
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

func TestLocate(t *testing.T) {
	tests := []struct {
		name, text, trigger string
		actor               string // an actor span of the event, if any
		want                string // the location's text, "" for none
		recipient           string // a recipient span of the event, if any
		root                string // the event's CAMEO root, or a three-digit code
	}{
		{"material event on a recipient place", "Russia attacked Ukraine overnight. Russia said so.", "attacked", "Russia", "Ukraine", "Ukraine", "19"},
		{"verbal event stays with the salient place", "Russia criticised Ukraine overnight. Russia said so.", "criticised", "Russia", "Russia", "Ukraine", "11"},
		{"salient city in the recipient's country", "Shelling hit Kharkiv. Kharkiv burned. Russia attacked Ukraine.", "attacked", "Russia", "Kharkiv", "Ukraine", "19"},
		{"recipient city more precise than the salient country", "Ukraine asked allies for help. Ukraine warned of more strikes. Russian forces shelled Kharkiv overnight.", "shelled", "Russian forces", "Kharkiv", "Kharkiv", "19"},
		{"recipient place before a place merely nearby", "The president of Kenya visited Addis Ababa on Tuesday.", "visited", "president", "Addis Ababa", "Addis Ababa", "042"},
		{"preposition", "Delegations from both sides held talks in Geneva on Monday.", "held", "", "Geneva", "", ""},
		{"nearest in sentence", "Shelling hit Kharkiv again as Russian forces pushed toward Izium.", "hit", "", "Kharkiv", "", ""},
		{"actor skipped", "Russia attacked Ukraine overnight, officials in Kyiv said.", "attacked", "Russia", "Kyiv", "", ""},
		{"pronoun subject goes on where the sentence before was", "Floods hit Kharkiv. Rebels attacked a convoy near Izium on Sunday. They killed four drivers.", "killed", "They", "Izium", "", "19"},
		{"not from an origin", "Floods hit Kharkiv. Kharkiv flooded. A senator from Izium spoke. He criticised the government.", "criticised", "He", "Kharkiv", "", "11"},
		{"salient fallback", "Protests spread through Minsk. Minsk police detained dozens. The government said order was restored.", "restored", "", "Minsk", "", ""},
		{"no places", "The government said order was restored.", "restored", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotate(t, tt.text)
			i := strings.LastIndex(tt.text, tt.trigger)
			s := 0
			for k, sent := range d.Sentences {
				if sent.Start <= i && i < sent.End {
					s = k
				}
			}
			ev := &doc.Event{Sentence: s, Evidence: doc.Evidence{Sentence: s,
				Trigger: doc.TextSpan{Span: doc.Span{Start: i, End: i + len(tt.trigger)}, Text: tt.trigger}}}
			if tt.actor != "" {
				a := strings.LastIndex(tt.text[:i], tt.actor)
				ev.Actors = []doc.ActorRef{{Text: tt.actor, Start: a, End: a + len(tt.actor)}}
			}
			if tt.recipient != "" {
				r := i + strings.Index(tt.text[i:], tt.recipient)
				ev.Recipients = []doc.ActorRef{{Text: tt.recipient, Start: r, End: r + len(tt.recipient)}}
			}
			ev.CAMEO.Root = tt.root
			if len(tt.root) == 3 { // a full code
				ev.CAMEO.Code, ev.CAMEO.Root = tt.root, tt.root[:2]
			}
			Locate(d, ev)
			got := ""
			if ev.Location != nil {
				got = ev.Location.Text
			}
			if got != tt.want {
				t.Errorf("location %q, want %q (places: %s)", got, tt.want, placesString(d))
			}
		})
	}
}

// TestLocateKeepsLocation checks that a document without places leaves an
// event's location alone.
func TestLocateKeepsLocation(t *testing.T) {
	d := annotate(t, "Nothing happened.")
	loc := &doc.Location{Text: "Oslo", Name: "Oslo", Country: "NOR"}
	ev := &doc.Event{Location: loc}
	Locate(d, ev)
	if ev.Location != loc {
		t.Errorf("location changed to %+v", ev.Location)
	}
}

func TestLocateParse(t *testing.T) {
	// "Troops clashed near Donetsk", parsed by hand: the place is an obl
	// with "near" under the trigger.
	d := &doc.Doc{Text: "Troops clashed near Donetsk ."}
	words := []struct {
		w      string
		head   int
		deprel string
	}{{"Troops", 2, "nsubj"}, {"clashed", 0, "root"}, {"near", 4, "case"}, {"Donetsk", 2, "obl"}, {".", 2, "punct"}}
	off := 0
	for _, w := range words {
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: off, End: off + len(w.w)}, Text: w.w, Head: w.head, DepRel: w.deprel})
		off += len(w.w) + 1
	}
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(d.Text)}, TokenStart: 0, TokenEnd: len(d.Tokens)}}
	d.Places = []doc.Place{
		{Span: doc.Span{Start: 20, End: 27}, Text: "Donetsk", Name: "Donetsk", Country: "UKR", Kind: "city"},
	}
	ev := &doc.Event{Evidence: doc.Evidence{Trigger: doc.TextSpan{Span: doc.Span{Start: 7, End: 14}, Text: "clashed"}}}
	Locate(d, ev)
	if ev.Location == nil || ev.Location.Text != "Donetsk" {
		t.Errorf("location %+v, want Donetsk", ev.Location)
	}
	if p, under := parseRole(d, d.Places[0].Span, ev.Evidence.Trigger.Span); !p || !under {
		t.Errorf("parseRole = %v, %v; want true, true", p, under)
	}
}

// TestLocateDateline checks that an event with no place of its own, whose
// first actor is of the dateline's country, happens in the dateline's
// city rather than the most mentioned place, and that other events keep
// the salient place.
func TestLocateDateline(t *testing.T) {
	text := "KYIV (Reuters) - Ukraine summoned the envoy on Monday. Russia denied it. Russia said Russia would respond."
	for _, tt := range []struct{ trigger, actor, actorCountry, want string }{
		{"summoned", "Ukraine", "UKR", "KYIV"},
		{"denied", "Russia", "RUS", "Russia"},
	} {
		d := annotate(t, text)
		i := strings.Index(text, tt.trigger)
		s := 0
		for k, sent := range d.Sentences {
			if sent.Start <= i && i < sent.End {
				s = k
			}
		}
		a := strings.LastIndex(text[:i], tt.actor)
		ev := &doc.Event{Sentence: s, Actors: []doc.ActorRef{{Text: tt.actor, Country: tt.actorCountry, Start: a, End: a + len(tt.actor)}},
			Evidence: doc.Evidence{Sentence: s, Trigger: doc.TextSpan{Span: doc.Span{Start: i, End: i + len(tt.trigger)}, Text: tt.trigger}}}
		Locate(d, ev)
		got := ""
		if ev.Location != nil {
			got = ev.Location.Text
		}
		if got != tt.want {
			t.Errorf("%s: location %q, want %q (places: %s)", tt.trigger, got, tt.want, placesString(d))
		}
	}
}
