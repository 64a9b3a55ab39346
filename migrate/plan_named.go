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
//   - adopted by definition: a declared object that a live one of another
//     tool's name already is, is neither created nor dropped (adopt);
//   - dropped with a column: a live object on a column the plan drops goes
//     with it, listed (dropWithColumns);
//   - changed: the live object is dropped and the declared one added;
//   - renamed: a live object whose ferro name followed a table or column
//     rename is renamed, not dropped and added again;
//   - added: the declared objects no live one is;
//   - dropped: a live object ferro named that no model declares any more;
//   - kept: a live object of another tool's name that no model declares is
//     left alone and listed (Plan.Kept).

// namedKind describes one kind of named object of a table.
type namedKind[T any] struct {
	// of is the kind's part of a table diff, live the live table's
	// objects of the kind.
	of   func(*schema.TableDiff) *schema.SetDiff[T]
	live func(*schema.Table) []T
	// same tells two live objects apart as the engine does.
	same func(a, b T) bool
	// ours reports whether ferro generated the object's name (then the
	// plan may drop or rename it).
	ours func(T) bool
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
	// label names a live object in Plan.Kept.
	label func(T) string
}

// adopt takes out of d each declared object of kind k that a live one
// with a name ferro does not generate already implements (same
// definition, another tool's name: Rails' index_articles_on_title,
// Prisma's User_email_key, PostgreSQL's addresses_user_id_fkey). The live
// object stays as it is, under its name; nothing is planned for either.
func adopt[T any](d *schema.TableDiff, k *namedKind[T]) {
	s := k.of(d)
	added, dropped := slices.Clone(s.Added), slices.Clone(s.Dropped)
	for i := 0; i < len(added); i++ {
		j := slices.IndexFunc(dropped, func(h T) bool { return !k.ours(h) && k.adopts(added[i], h) })
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
		if n.isHandled(pr.Have) { // dropped with its column: the new one waits for it
			need = LevelDestructive
		} else {
			tp.put(phDrop, LevelUpdates, n.drop(tp.name, pr.Have))
		}
		tp.put(n.addPhase, need, n.add(p.have, tp.name, tp.have, pr.Want))
	}
	for _, x := range n.renames(tp, s) {
		tp.put(n.addPhase, LevelUpdates, n.add(p.have, tp.name, tp.have, x))
	}
	for _, x := range s.Dropped {
		switch {
		case n.isHandled(x) || n.owned != nil && n.owned(tp.have, x):
		case n.ours(x):
			tp.put(phDrop, n.dropNeed, n.drop(tp.name, x))
		default:
			p.leftAlone(tp.want, n.label(x), n.mentions(tp.lex, x, tp.absent...))
		}
	}
}

// renames plans the renames of live objects of ours whose name followed a
// rename (same definition under a new ferro name), and returns the
// declared objects left to add.
func (n *namedSet[T]) renames(tp *tablePlan, s *schema.SetDiff[T]) []T {
	added := slices.Clone(s.Added)
	for _, y := range s.Dropped {
		if n.isHandled(y) || !n.ours(y) {
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

// leftAlone notes a live index or constraint of table want that no model
// declares and that ferro did not name (what: its kind and quoted name, or
// for an unnamed one its kind and definition): the planner never drops
// another tool's objects, and says so in every plan rather than silently.
// One that uses a column the models do not declare (absent) is not noted:
// it goes with that column, listed with its drop.
func (p *planner) leftAlone(want *schema.Table, what string, usesAbsent bool) {
	if usesAbsent {
		return
	}
	p.kept = append(p.kept, want.Name+": "+what+" is in the database but in no model, and not named by ferro: left alone (drop it with SQL, or declare it in a model)")
}

// quoteOr is name quoted, or def when there is no name (an unnamed
// SQLite constraint, told by what it is).
func quoteOr(name, def string) string {
	if name == "" {
		return def
	}
	return strconv.Quote(name)
}

func guardIf(ok bool, g *schema.Guard) *schema.Guard {
	if !ok {
		return nil
	}
	return g
}
