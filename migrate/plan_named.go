package migrate

import (
	"slices"
	"strconv"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// The one helper for the named objects of a table: indexes (and
// uniques), foreign keys and checks. Each kind is a namedKind
// (plan_indexes.go, plan_keys.go, plan_checks.go); the planner takes the
// same steps for all three:
//
//   - adopted by definition: a declared object that a live one, not
//     ferro's (own.go), already is, is neither created nor dropped
//     (adopt);
//   - dropped with a column: a live object on a column the plan drops goes
//     with it, listed (dropWithColumns);
//   - changed: a live object of the declared one's name is dropped and
//     the declared one added when it is ferro's, or when the model
//     declares that name itself (not ferro's default name for the
//     definition); another tool's object that merely has ferro's
//     default name is never dropped: the plan is refused, saying how to
//     name the model's otherwise;
//   - renamed: a live object of ferro's whose name followed a table or
//     column rename is renamed, not dropped and added again;
//   - added: the declared objects no live one is;
//   - dropped: a live object of ferro's that no model declares any more;
//   - kept: a live object that is not ferro's and that no model declares
//     is left alone and listed (Residue.Kept).

// namedKind describes one kind of named object of a table.
type namedKind[T any] struct {
	// of is the kind's part of a table diff, live the live table's
	// objects of the kind.
	of   func(*schema.TableDiff) *schema.SetDiff[T]
	live func(*schema.Table) []T
	// kind is the kind of object (dialect.Kind*), name its name and
	// define its definition, as ferro's records say them (own.go).
	kind   string
	name   func(T) string
	define func(T) string
	// same tells two live objects apart as the engine does.
	same func(a, b T) bool
	// mentions reports whether the object uses any of columns (lx: how
	// the engine reads expressions).
	mentions func(lx dialect.Lexicon, x T, columns ...string) bool
	// adopts reports whether live h, of another tool's name, implements
	// declared w.
	adopts func(w, h T) bool
	// follows reports whether declared w is live y (a name of ours) under
	// the name a table or column rename gave, and rename renames it.
	follows func(w, y T) bool
	rename  func(tn string, y, w T) (phase int, c schema.Change)
	// add and drop are the changes that create and drop an object of
	// table tn (have: the live table, s the live schema); add runs in
	// addPhase. dropNeed is the level that drops one of ours no model
	// declares any more.
	add      func(s *schema.Schema, tn string, have *schema.Table, x T) schema.Change
	drop     func(tn string, x T) schema.Change
	addPhase int
	dropNeed Level
	// owned reports a live object something else plans (the primary
	// key's index); nil when there is none.
	owned func(t *schema.Table, x T) bool
	// noun is the kind of object as messages say it ("index", "unique
	// index", "foreign key", "check").
	noun func(T) string
}

// ours reports whether live object x of table tn is ferro's (own.go).
func (k *namedKind[T]) ours(p *planner, tn string, x T) bool {
	return p.own.has(tn, k.kind, k.name(x))
}

// adopt takes out of d each declared object of kind k that a live one
// that is not ferro's already implements (same definition, another
// tool's name: Rails' index_articles_on_title, Prisma's User_email_key,
// PostgreSQL's addresses_user_id_fkey). The live object stays as it is,
// under its name; nothing is planned for either.
func adopt[T any](p *planner, d *schema.TableDiff, k *namedKind[T]) {
	s := k.of(d)
	tn := d.Want.Name
	added, dropped := slices.Clone(s.Added), slices.Clone(s.Dropped)
	for i := 0; i < len(added); i++ {
		j := slices.IndexFunc(dropped, func(h T) bool { return !k.ours(p, tn, h) && k.adopts(added[i], h) })
		if j < 0 {
			continue
		}
		added = slices.Delete(added, i, i+1)
		dropped = slices.Delete(dropped, j, j+1)
		i--
	}
	s.Added, s.Dropped = added, dropped
}

// namedSet is the plan of one table's objects of one kind: the kind, and
// the live objects the plan already deals with (dropped with a column,
// renamed), identified as the engine identifies them (namedKind.same).
type namedSet[T any] struct {
	*namedKind[T]
	handled []T
}

func (n *namedSet[T]) isHandled(x T) bool {
	return slices.ContainsFunc(n.handled, func(h T) bool { return n.same(h, x) })
}

// dropWithColumns drops the live objects that use a column the plan
// drops.
func (n *namedSet[T]) dropWithColumns(tp *tablePlan) {
	for _, x := range n.live(tp.have) {
		if n.mentions(tp.lex, x, tp.gone...) {
			n.handled = append(n.handled, x)
			tp.put(phDrop, LevelDestructive, n.drop(tp.name, x))
		}
	}
}

// plan plans the objects that change, are renamed, added or dropped, and
// lists (in p) those of other tools it keeps.
func (n *namedSet[T]) plan(p *planner, tp *tablePlan) {
	s := n.of(tp.d)
	for _, pr := range s.Changed {
		need := LevelUpdates
		switch {
		case n.isHandled(pr.Have): // dropped with its column: the new one waits for it
			need = LevelDestructive
		case !n.ours(p, tp.name, pr.Have) && n.name(pr.Want) == legacyName(tp.name, pr.Want):
			// The model names it by ferro's rule, not by a name of its
			// own: the live one is another tool's.
			n.notOurs(p, tp, pr.Want, pr.Have)
			continue
		default:
			tp.put(phDrop, LevelUpdates, n.drop(tp.name, pr.Have))
		}
		tp.put(n.addPhase, need, n.add(p.have, tp.name, tp.have, pr.Want))
	}
	for _, x := range n.renames(p, tp, s) {
		tp.put(n.addPhase, LevelUpdates, n.add(p.have, tp.name, tp.have, x))
	}
	for _, x := range s.Dropped {
		switch {
		case n.isHandled(x) || n.owned != nil && n.owned(tp.have, x):
		case n.ours(p, tp.name, x):
			tp.put(phDrop, n.dropNeed, n.drop(tp.name, x))
		case !n.mentions(tp.lex, x, tp.absent...):
			// One on a column no model declares goes with that column,
			// listed with its drop.
			p.keep(KeptObject{Table: tp.want.Name, Kind: n.noun(x), Name: n.name(x), Definition: n.define(x),
				Why: "is in the database but in no model, and ferro did not create it: left alone (drop it with SQL, or declare it in a model)"})
		}
	}
}

// namingHint says how a model names an index or constraint itself.
const namingHint = `declare it under a name of its own in the model's Constraints() method, see docs/models.md "Names"`

// notOurs refuses the plan of declared object w whose name a live object
// h that is not ferro's already has, with another definition: ferro
// never drops it to make room, and says how to name the model's object
// otherwise.
func (n *namedSet[T]) notOurs(p *planner, tp *tablePlan, w, h T) {
	p.blocker(LevelUpdates, tp.name, "", n.noun(h)+" "+strconv.Quote(n.name(h))+" "+n.define(h)+" is in the database, and ferro did not create it; "+
		"the models declare a "+n.noun(w)+" of that name that is "+n.define(w)+", and ferro does not drop another tool's object to make room: "+
		"give the model's "+n.noun(w)+" another name ("+namingHint+"), or drop or rename the live one by hand")
}

// renames plans the renames of live objects of ours whose name followed a
// rename (same definition under a new ferro name), and returns the
// declared objects left to add.
func (n *namedSet[T]) renames(p *planner, tp *tablePlan, s *schema.SetDiff[T]) []T {
	added := slices.Clone(s.Added)
	for _, y := range s.Dropped {
		if n.isHandled(y) || !n.ours(p, tp.name, y) {
			continue
		}
		i := slices.IndexFunc(added, func(w T) bool { return n.follows(w, y) })
		if i < 0 {
			continue
		}
		n.handled = append(n.handled, y)
		ph, c := n.rename(tp.name, y, added[i])
		tp.put(ph, LevelUpdates, c)
		added = slices.Delete(added, i, i+1)
	}
	return added
}

// keep lists k in Residue.Kept: the planner never drops another tool's
// objects, and says so in every plan rather than silently.
func (p *planner) keep(k KeptObject) { p.kept = append(p.kept, k) }

func guardIf(ok bool, g *schema.Guard) *schema.Guard {
	if !ok {
		return nil
	}
	return g
}
