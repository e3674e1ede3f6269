"""yargy grammars: declarative, CAPS-named rules, one concept a module."""
