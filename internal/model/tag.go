package model

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Foreign key actions accepted by on_delete= and on_update=, in their
// canonical spelling (lower case, one space).
const (
	ActionCascade    = "cascade"
	ActionRestrict   = "restrict"
	ActionSetNull    = "set null"
	ActionSetDefault = "set default"
	ActionNoAction   = "no action"
)

// ErrBadTag is wrapped by every error of [ParseTag] (and so of [Of] for tag
// mistakes); test with errors.Is.
var ErrBadTag = errors.New("ferro/model: bad ferro tag")

// Tag is a parsed `ferro:"..."` struct tag. The zero Tag is an empty tag.
type Tag struct {
	// Name is the column name given in the tag; empty when not given.
	Name string
	// Skip is true for the tag "-".
	Skip bool
	// PK marks the field as (part of) the primary key.
	PK bool
	// Unique is true for `unique` (a single-column unique constraint);
	// UniqueGroup holds the group name of `unique=<group>` (a composite
	// one), empty when absent. A field may have both.
	Unique      bool
	UniqueGroup string
	// Index is true for `index` (a single-column index); IndexGroup holds
	// the group name of `index=<group>` (a composite one), empty when
	// absent. A field may have both.
	Index      bool
	IndexGroup string
	// Type is the raw value of type=, e.g. "numeric(12,2)"; empty when absent.
	Type string
	// Default is the raw SQL literal of default=; HasDefault tells an absent
	// default from default= with an empty value (which is an error anyway).
	Default    string
	HasDefault bool
	// FK is the raw "table.column" of fk=; see [Tag.FKTarget].
	FK string
	// OnDelete and OnUpdate are canonical actions (see the Action constants)
	// or empty.
	OnDelete, OnUpdate string
	// Nullable is true when the tag has `nullable`.
	Nullable bool
	// M2M is true for `m2m` and `m2m=<table>` on a slice of models (a
	// many-to-many relation); JoinTable holds the table name of the latter.
	M2M       bool
	JoinTable string
	// FKColumn is the key column named by fk_column= on a relation field.
	FKColumn string
	// RenamedFrom holds the earlier column names of renamed_from=, joined
	// by "|" (the option may list several, a|b, and may be repeated); see
	// [Tag.RenamedFromNames].
	RenamedFrom string
}

// RenamedFromNames returns the earlier column names of renamed_from=, nil
// when absent.
func (t Tag) RenamedFromNames() []string {
	if t.RenamedFrom == "" {
		return nil
	}
	return strings.Split(t.RenamedFrom, "|")
}

// FKTarget splits FK into table and column; ok is false when FK is empty.
func (t Tag) FKTarget() (table, column string, ok bool) {
	table, column, ok = strings.Cut(t.FK, ".")
	return table, column, ok
}

// String renders the tag canonically (options in a fixed order), so that
// ParseTag(t.String()) == t for every Tag ParseTag returns.
func (t Tag) String() string {
	if t.Skip {
		return "-"
	}
	parts := []string{t.Name}
	if t.PK {
		parts = append(parts, "pk")
	}
	if t.Unique {
		parts = append(parts, "unique")
	}
	if t.UniqueGroup != "" {
		parts = append(parts, "unique="+t.UniqueGroup)
	}
	if t.Index {
		parts = append(parts, "index")
	}
	if t.IndexGroup != "" {
		parts = append(parts, "index="+t.IndexGroup)
	}
	if t.Type != "" {
		parts = append(parts, "type="+t.Type)
	}
	if t.HasDefault {
		parts = append(parts, "default="+t.Default)
	}
	if t.FK != "" {
		parts = append(parts, "fk="+t.FK)
	}
	if t.OnDelete != "" {
		parts = append(parts, "on_delete="+t.OnDelete)
	}
	if t.OnUpdate != "" {
		parts = append(parts, "on_update="+t.OnUpdate)
	}
	if t.Nullable {
		parts = append(parts, "nullable")
	}
	switch {
	case t.M2M && t.JoinTable != "":
		parts = append(parts, "m2m="+t.JoinTable)
	case t.M2M:
		parts = append(parts, "m2m")
	}
	if t.FKColumn != "" {
		parts = append(parts, "fk_column="+t.FKColumn)
	}
	if t.RenamedFrom != "" {
		parts = append(parts, "renamed_from="+t.RenamedFrom)
	}
	return strings.Join(parts, ",")
}

// TagError reports a malformed `ferro` tag. It unwraps to [ErrBadTag].
type TagError struct {
	// Tag is the whole tag text.
	Tag string
	// Option is the offending element (may be empty for whole-tag problems).
	Option string
	// Reason says what is wrong and what to do.
	Reason string
}

// Error implements error.
func (e *TagError) Error() string {
	if e.Option == "" {
		return fmt.Sprintf("ferro/model: bad ferro tag %q: %s", e.Tag, e.Reason)
	}
	return fmt.Sprintf("ferro/model: bad ferro tag %q: option %q: %s", e.Tag, e.Option, e.Reason)
}

// Unwrap returns [ErrBadTag].
func (e *TagError) Unwrap() error { return ErrBadTag }

// ParseTag parses the value of a `ferro` struct tag (see the package doc for
// the grammar). Errors are [*TagError] naming the bad option.
func ParseTag(tag string) (Tag, error) {
	var t Tag
	if strings.TrimSpace(tag) == "-" {
		t.Skip = true
		return t, nil
	}
	elems, err := splitTag(tag)
	if err != nil {
		return Tag{}, err
	}
	// `ferro:"m2m"` and `ferro:"m2m=<table>"` read as the option (a column
	// is never named "m2m" by a tag; name is optional on relations).
	if elems[0] == "m2m" || strings.HasPrefix(elems[0], "m2m=") {
		elems = append([]string{""}, elems...)
	}
	t.Name = elems[0]
	if t.Name == "-" {
		return Tag{}, &TagError{Tag: tag, Option: "-", Reason: `"-" skips a field and must be the whole tag`}
	}
	if err := checkName(tag, "", t.Name); err != nil {
		return Tag{}, err
	}
	seen := map[string]bool{}
	for _, el := range elems[1:] {
		bad := func(reason string, args ...any) error {
			return &TagError{Tag: tag, Option: el, Reason: fmt.Sprintf(reason, args...)}
		}
		if el == "" {
			return Tag{}, bad("empty option; remove the extra comma")
		}
		key, val, hasVal := strings.Cut(el, "=")
		key = strings.TrimSpace(key)
		val = strings.TrimSpace(val)
		// `index` and `index=<group>` (and `unique`, `unique=<group>`) are
		// different options: a field may have its own index and be part of
		// a composite one.
		once := key
		if hasVal && (key == "index" || key == "unique") {
			once += "="
		}
		if seen[once] && key != "renamed_from" {
			return Tag{}, bad("option %s given twice; give it once", once)
		}
		seen[once] = true
		flag := func(dst *bool) error {
			if hasVal {
				return bad("option %s takes no value", key)
			}
			*dst = true
			return nil
		}
		needVal := func() error {
			if !hasVal || val == "" {
				return bad("option %s needs a value (%s=...)", key, key)
			}
			return nil
		}
		switch key {
		case "pk":
			err = flag(&t.PK)
		case "nullable":
			err = flag(&t.Nullable)
		case "unique", "index":
			grp := &t.UniqueGroup
			on := &t.Unique
			if key == "index" {
				grp, on = &t.IndexGroup, &t.Index
			}
			switch {
			case !hasVal:
				*on = true
			case val == "":
				err = bad("empty group name; write %s or %s=<group>", key, key)
			default:
				if err = checkName(tag, el, val); err == nil {
					*grp = val
				}
			}
		case "type":
			if err = needVal(); err == nil {
				t.Type = val
			}
		case "default":
			if err = needVal(); err == nil {
				t.Default, t.HasDefault = val, true
			}
		case "fk":
			if err = needVal(); err == nil {
				tb, col, ok := strings.Cut(val, ".")
				switch {
				case !ok || tb == "" || col == "" || strings.Contains(col, "."):
					err = bad(`want fk=<table>.<column>, e.g. fk=customer.id`)
				default:
					if err = checkName(tag, el, tb); err == nil {
						if err = checkName(tag, el, col); err == nil {
							t.FK = val
						}
					}
				}
			}
		case "m2m":
			t.M2M = true
			if hasVal {
				if val == "" {
					err = bad("empty join table name; write m2m or m2m=<table>")
				} else if err = checkName(tag, el, val); err == nil {
					t.JoinTable = val
				}
			}
		case "fk_column":
			if err = needVal(); err == nil {
				if err = checkName(tag, el, val); err == nil {
					t.FKColumn = val
				}
			}
		case "on_delete", "on_update":
			if err = needVal(); err == nil {
				var a string
				if a, err = parseAction(tag, el, val); err == nil {
					if key == "on_delete" {
						t.OnDelete = a
					} else {
						t.OnUpdate = a
					}
				}
			}
		case "renamed_from":
			if err = needVal(); err == nil {
				for _, old := range strings.Split(val, "|") {
					old = strings.TrimSpace(old)
					switch {
					case old == "":
						err = bad("empty column name; write renamed_from=<old> or renamed_from=<a>|<b>")
					case old == t.Name:
						err = bad("renamed_from=%s names the column itself; name its earlier name", old)
					case slices.Contains(t.RenamedFromNames(), old):
						err = bad("renamed_from names %s twice; name it once", old)
					default:
						err = checkName(tag, el, old)
					}
					if err != nil {
						break
					}
					if t.RenamedFrom != "" {
						t.RenamedFrom += "|"
					}
					t.RenamedFrom += old
				}
			}
		default:
			err = bad("unknown option %q; known: pk, unique, unique=, index, index=, type=, default=, fk=, on_delete=, on_update=, nullable, m2m, m2m=, fk_column=, renamed_from=", key)
		}
		if err != nil {
			return Tag{}, err
		}
	}
	return t, nil
}

// actionWithoutFK returns the error for on_delete=/on_update= on a column
// field without fk= (a relation field takes them without fk=), or nil.
func actionWithoutFK(raw string, t Tag) error {
	if (t.OnDelete == "" && t.OnUpdate == "") || t.FK != "" {
		return nil
	}
	opt := "on_delete"
	if t.OnDelete == "" {
		opt = "on_update"
	}
	return &TagError{Tag: raw, Option: opt, Reason: "needs fk=<table>.<column> on the same field (or a field whose type is a model)"}
}

func parseAction(tag, el, val string) (string, error) {
	a := strings.ToLower(strings.Join(strings.Fields(val), " "))
	switch a {
	case ActionCascade, ActionRestrict, ActionSetNull, ActionSetDefault, ActionNoAction:
		return a, nil
	}
	return "", &TagError{Tag: tag, Option: el, Reason: fmt.Sprintf("unknown action %q; use cascade, restrict, set null, set default or no action", val)}
}

// checkName rejects names that cannot be a sane identifier even when quoted:
// control characters (including NUL, which Postgres cannot store), quotes,
// and characters that make the tag ambiguous.
func checkName(tag, el, name string) error {
	for _, r := range name {
		if r < 0x20 || r == 0x7f || r == '"' || r == '\'' || r == '`' || r == '(' || r == ')' || r == '=' || r == ',' {
			return &TagError{Tag: tag, Option: el, Reason: fmt.Sprintf("name %q contains %q; use letters, digits and underscores", name, r)}
		}
	}
	return nil
}

// splitTag splits at commas outside parentheses and single-quoted strings
// (where ” is an escaped quote) and trims each element.
func splitTag(tag string) ([]string, error) {
	var out []string
	depth, start := 0, 0
	inQuote := false
	for i := 0; i < len(tag); i++ {
		c := tag[i]
		switch {
		case inQuote:
			if c == '\'' {
				if i+1 < len(tag) && tag[i+1] == '\'' {
					i++
				} else {
					inQuote = false
				}
			}
		case c == '\'':
			inQuote = true
		case c == '(':
			depth++
		case c == ')':
			if depth == 0 {
				return nil, &TagError{Tag: tag, Option: strings.TrimSpace(tag[start:min(i+1, len(tag))]), Reason: "unbalanced ')'"}
			}
			depth--
		case c == ',' && depth == 0:
			out = append(out, strings.TrimSpace(tag[start:i]))
			start = i + 1
		}
	}
	last := strings.TrimSpace(tag[start:])
	if inQuote {
		return nil, &TagError{Tag: tag, Option: last, Reason: "unterminated quote; close the SQL string with '"}
	}
	if depth != 0 {
		return nil, &TagError{Tag: tag, Option: last, Reason: "unbalanced '('"}
	}
	return append(out, last), nil
}
