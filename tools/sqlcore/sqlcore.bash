# Bash completion for the sqlcore command-line tool (docs/cli.md): subcommands, their options,
# file names for the rest. Installed as share/bash-completion/completions/sqlcore.
# SPDX-License-Identifier: MIT
_sqlcore() {
  local cur=${COMP_WORDS[COMP_CWORD]} sub="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      -*) ;;
      *) sub=${COMP_WORDS[i]}; break ;;
    esac
  done
  local opts
  case $sub in
    "") opts="query insert check diff migrate inspect ddl codegen backup --help --version" ;;
    query) opts="-p --param --json --csv --table --write --help" ;;
    insert) opts="--csv --jsonl --create --batch --help" ;;
    check | ddl) opts="--help" ;;
    diff | inspect) opts="--json --help" ;;
    migrate) opts="--dry-run --allow-data-loss --drop-extra --backup --help" ;;
    codegen) opts="--function --namespace --help" ;;
    backup) opts="--pages-per-step --help" ;;
  esac
  if [[ -z $sub || $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
  else
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  fi
}
complete -o filenames -F _sqlcore sqlcore
