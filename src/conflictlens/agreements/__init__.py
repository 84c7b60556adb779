"""Agreements (docs/design.md §5): ceasefires, truces and deals as data, their terms, suspected violations checked per
incident, humanitarian access, territorial control and civilian harm per belligerent.

`load_agreement(path)` reads the YAML format of docs/agreements.md; `store_agreement` / `set_status` keep
agreements in the store; `refresh(store)` re-reads agreement mentions and re-checks every incident changed since
its last check; `list_violations`, `control_timeline` and `harm_table` are what the commands print.
"""
