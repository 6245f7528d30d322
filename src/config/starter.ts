/** Where an installed package's configuration schema is, seen from the project's folder. */
export const CONFIG_SCHEMA_PATH = './node_modules/contract-audit/schemas/config.schema.json';

/**
 * The commented starter configuration that `contract-audit init` writes. Its active settings are
 * the defaults; the commented examples show every other key.
 */
export const STARTER_CONFIG = `# yaml-language-server: $schema=${CONFIG_SCHEMA_PATH}
#
# Settings for contract-audit. It reads the nearest .contract-audit.yaml, looking in the current
# folder and then in each folder above it; --config FILE reads another file and --no-config none.
# Flags given on the command line win over this file, which wins over the built-in defaults.
# Run "contract-audit config print" to see the settings in effect.
#
# The first line lets editors that use yaml-language-server (such as VS Code with its YAML
# extension) check this file and complete its keys. It points at the schema shipped in the
# package, where npm installs it for this project; with a global install or a clone, point it at
# schemas/config.schema.json in the package's folder.

# The standard to judge by: msp (ongoing managed services, the stricter one) or break-fix
# (reactive or project work). Rule packs can add more.
profile: msp

# Which findings fail a run (exit code 1): missing, ambiguous or none. And the least severe
# finding that can fail it: critical, major or minor.
failOn: missing
severity: major

# Bundled rule packs to use (default: every one).
# packs: [core, liability, data, operations, boilerplate]

# Your own rule packs, relative to this file.
# rules: [rules/our-firm.yaml]

# Changes to single rules: a severity (critical, major or minor), or enabled: false to switch
# one off. They hold under every profile.
# overrides:
#   criminal-acts-exclusion: {severity: critical}
#   staff-non-solicitation: {enabled: false}

# In scanned folders, audit only the files matching a glob, or skip files and folders.
# include: ["*.pdf", "*.docx"]
# exclude: ["drafts/**"]

# Limits for each document (sizes in MiB, timeout in seconds) and files read at the same time.
# limits: {maxFileSize: 50, maxPages: 2000, maxInflatedSize: 200, timeout: 60, jobs: 4}

# Other rules for some documents: globs relative to this file, later entries winning.
# paths:
#   - match: "ndas/**"
#     packs: [core]
#     overrides: {scope-of-services-defined: {enabled: false}}

# Accepted gaps: a rule id or category id, the documents it covers (a glob; default: all), why
# it is accepted, and optionally the last day it holds.
# waivers:
#   - rule: insurance
#     path: "templates/legacy/**"
#     reason: "Accepted by legal, see ticket 123"
#     expires: 2027-06-30
`;
