package coerce

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"reflect"
)

// JSON holds a value of type T stored in a json column (`type=json`) and
// implements sql.Scanner and driver.Valuer, so the same model field reads
// and writes through coerce.ScanAll, database/sql's Scan, sqlx and scany
// alike:
//
//	type Order struct {
//		ID   int64                   `ferro:"id,pk" db:"id"`
//		Meta coerce.JSON[OrderMeta]  `ferro:"meta,type=json" db:"meta"`
//		Note *coerce.JSON[OrderNote] `ferro:"note,type=json" db:"note"` // nullable
//	}
//
// Value encodes V with encoding/json and returns the text as a string, which
// both engines store in a json column (jsonb on PostgreSQL, JSON_TEXT on
// SQLite). Scan decodes text or bytes into V. SQL NULL is refused, as
// everywhere in coerce, rather than becoming a zero V: use *JSON[T] (nil for
// NULL) or sql.Null[JSON[T]] for a nullable column. A JSON document that
// is the literal null decodes as encoding/json decodes it.
//
// JSON also implements json.Marshaler and json.Unmarshaler as V, so the
// type=json rule of ScanAll, which decodes with encoding/json, gives the same
// result as Scan.
//
// A JSON value is not safe for concurrent mutation; it is a plain value.
type JSON[T any] struct {
	V T
}

// Value implements driver.Valuer: V encoded with encoding/json, as a string.
func (j JSON[T]) Value() (driver.Value, error) {
	b, err := json.Marshal(j.V)
	if err != nil {
		return nil, fmt.Errorf("ferro/coerce: JSON[%s]: encode: %w; make the value JSON-encodable", reflect.TypeFor[T](), err)
	}
	return string(b), nil
}

// Scan implements sql.Scanner: text or bytes decoded with encoding/json
// into V. NULL and other source types are errors naming T.
func (j *JSON[T]) Scan(src any) error {
	var b []byte
	switch x := src.(type) {
	case string:
		b = []byte(x)
	case []byte:
		b = x
	case nil:
		return fmt.Errorf("ferro/coerce: JSON[%s]: cannot scan NULL; use *coerce.JSON[%[1]s] or sql.Null[coerce.JSON[%[1]s]] for a nullable column", reflect.TypeFor[T]())
	default:
		return fmt.Errorf("ferro/coerce: JSON[%s]: cannot scan %T (%v); the column must hold JSON text", reflect.TypeFor[T](), src, src)
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("ferro/coerce: JSON[%s]: decode %q: %w", reflect.TypeFor[T](), truncate(b), err)
	}
	j.V = v
	return nil
}

func truncate(b []byte) string {
	if len(b) > 64 {
		return string(b[:64]) + "..."
	}
	return string(b)
}

// MarshalJSON encodes V, so a JSON[T] inside another JSON document, or
// handed to encoding/json by a scanner's type=json rule, is V itself.
func (j JSON[T]) MarshalJSON() ([]byte, error) { return json.Marshal(j.V) }

// UnmarshalJSON decodes into V (see MarshalJSON).
func (j *JSON[T]) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, &j.V) }
