//! No two modules import each other back: the modules under one parent (`app::jobs` and
//! `app::interop`, `core::interop::import` and `core::interop::w3c_in`, …) form no cycle.
//!
//! Every file of the library under `src/` is parsed (`syn`); every path it names that starts with
//! `crate`, `super` or `self` (in `use` items, types, expressions, patterns, macro names) is a
//! dependency of the module it is written in on the module it names. A dependency between two
//! modules is counted between their ancestors that are siblings (`app::teacher::review` naming
//! `app::student::inspector::x` makes `app::teacher` depend on `app::student`, and nothing in
//! `app::teacher` on anything in `app::student`: those are not siblings). Parents and children
//! naming each other is Rust's way and not counted. A name a module re-exports (`pub use`) is
//! followed to the module that defines it, so that going through a parent's re-export hides
//! nothing. Test code (`#[cfg(test)]`) is left out: a test may use what it likes. The graph's
//! strongly connected components (petgraph's Tarjan) are the cycles.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use petgraph::algo::tarjan_scc;
use petgraph::graphmap::DiGraphMap;
use syn::visit::Visit;

/// A module's path from the crate root: `["app", "teacher", "review"]`.
type ModPath = Vec<String>;

/// A parsed source file and the module it is.
struct Source {
    path: PathBuf,
    module: ModPath,
    syntax: syn::File,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a file under `src/` is: `app/teacher/review.rs` and `app/teacher/review/mod.rs`
/// are `app::teacher::review`; `lib.rs` is the root.
fn module_of(src: &Path, file: &Path) -> ModPath {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: ModPath = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

fn is_cfg_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.parse_args::<syn::Ident>()
                .is_ok_and(|ident| ident == "test")
    })
}

/// What one file names: the modules it is in (inline `mod`s included), the test-only modules it
/// declares, and the paths it names, each with the module it is named in.
#[derive(Default)]
struct Names {
    /// The module being walked (the file's, then any inline `mod` inside it).
    at: ModPath,
    modules: BTreeSet<ModPath>,
    test_modules: BTreeSet<ModPath>,
    /// (module it is named in, the path as written, e.g. `["super", "jobs", "JobResult"]`).
    paths: Vec<(ModPath, Vec<String>)>,
    /// What the file's modules re-export (`pub use`): (module, name) → (module, path as
    /// written).
    reexports: Reexports,
}

/// (module, name it re-exports) → (that module, the path as written).
type Reexports = BTreeMap<(ModPath, String), (ModPath, Vec<String>)>;

impl Names {
    fn name(&mut self, path: Vec<String>) {
        if path
            .first()
            .is_some_and(|first| first == "crate" || first == "super" || first == "self")
        {
            self.paths.push((self.at.clone(), path));
        }
    }
}

/// Every full path of a `use` tree, with the name it is known by where it is used (`None` for a
/// glob): `use super::{a, b::{c as d}}` is `super::a` (as `a`) and `super::b::c` (as `d`).
fn flatten(
    tree: &syn::UseTree,
    prefix: &mut Vec<String>,
    out: &mut Vec<(Vec<String>, Option<String>)>,
) {
    let named = |ident: &syn::Ident, alias: &syn::Ident| {
        let mut full = prefix.clone();
        if ident != "self" {
            full.push(ident.to_string());
        }
        let alias = if alias == "self" {
            prefix.last().cloned()
        } else {
            Some(alias.to_string())
        };
        (full, alias)
    };
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            flatten(&p.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(n) => out.push(named(&n.ident, &n.ident)),
        syn::UseTree::Rename(r) => out.push(named(&r.ident, &r.rename)),
        syn::UseTree::Glob(_) => out.push((prefix.clone(), None)),
        syn::UseTree::Group(g) => {
            for item in &g.items {
                flatten(item, prefix, out);
            }
        }
    }
}

macro_rules! skip_test_items {
    ($($method:ident: $ty:ty => $visit:ident),* $(,)?) => {
        $(fn $method(&mut self, node: &'ast $ty) {
            if !is_cfg_test(&node.attrs) {
                syn::visit::$visit(self, node);
            }
        })*
    };
}

impl<'ast> Visit<'ast> for Names {
    fn visit_item_mod(&mut self, node: &'ast syn::ItemMod) {
        self.at.push(node.ident.to_string());
        if is_cfg_test(&node.attrs) {
            self.test_modules.insert(self.at.clone());
        } else {
            self.modules.insert(self.at.clone());
            syn::visit::visit_item_mod(self, node);
        }
        self.at.pop();
    }

    fn visit_item_use(&mut self, node: &'ast syn::ItemUse) {
        if is_cfg_test(&node.attrs) {
            return;
        }
        let mut paths = Vec::new();
        flatten(&node.tree, &mut Vec::new(), &mut paths);
        let exported = !matches!(node.vis, syn::Visibility::Inherited);
        for (path, alias) in paths {
            if exported && let Some(alias) = alias {
                self.reexports
                    .insert((self.at.clone(), alias), (self.at.clone(), path.clone()));
            }
            self.name(path);
        }
    }

    fn visit_path(&mut self, node: &'ast syn::Path) {
        self.name(node.segments.iter().map(|s| s.ident.to_string()).collect());
        syn::visit::visit_path(self, node);
    }

    skip_test_items! {
        visit_item_fn: syn::ItemFn => visit_item_fn,
        visit_item_impl: syn::ItemImpl => visit_item_impl,
        visit_item_struct: syn::ItemStruct => visit_item_struct,
        visit_item_enum: syn::ItemEnum => visit_item_enum,
        visit_item_const: syn::ItemConst => visit_item_const,
        visit_item_static: syn::ItemStatic => visit_item_static,
        visit_item_type: syn::ItemType => visit_item_type,
        visit_item_trait: syn::ItemTrait => visit_item_trait,
        visit_item_macro: syn::ItemMacro => visit_item_macro,
        visit_impl_item_fn: syn::ImplItemFn => visit_impl_item_fn,
        visit_stmt_macro: syn::StmtMacro => visit_stmt_macro,
        visit_local: syn::Local => visit_local,
    }
}

/// The module a path names: `super::` and `self::` resolved from where it is written, cut to the
/// longest known module (`crate::app::jobs::JobResult` is `app::jobs`), and a name that module
/// re-exports followed to where it is defined (`crate::app::AppCommand`, re-exported by `app`
/// from `commands`, is `app::commands`).
fn resolve(
    at: &ModPath,
    path: &[String],
    modules: &BTreeSet<ModPath>,
    reexports: &Reexports,
) -> ModPath {
    let (mut at, mut path) = (at.clone(), path.to_vec());
    // A bound, against re-exports that name each other.
    for _ in 0..16 {
        let mut full = at.clone();
        let mut rest = path.as_slice();
        match path.first().map(String::as_str) {
            Some("crate") => {
                full.clear();
                rest = &path[1..];
            }
            Some("self") => rest = &path[1..],
            // A path from a `pub use` starts at the module it is in when it names a child; one
            // that names no child (another crate) is nothing of this crate.
            Some(first)
                if first != "super"
                    && !modules.contains(&[at.as_slice(), &[first.to_owned()]].concat()) =>
            {
                return at;
            }
            _ => {}
        }
        for (i, segment) in rest.iter().enumerate() {
            if segment == "super" {
                full.pop();
            } else {
                full.extend(rest[i..].iter().cloned());
                break;
            }
        }
        let mut known = full.len();
        while known > 0 && !modules.contains(&full[..known]) {
            known -= 1;
        }
        let module = full[..known].to_vec();
        match full.get(known) {
            Some(name) if reexports.contains_key(&(module.clone(), name.clone())) => {
                let (from, written) = &reexports[&(module, name.clone())];
                at.clone_from(from);
                path = [written.as_slice(), &full[known + 1..]].concat();
            }
            _ => return module,
        }
    }
    at
}

/// Where each sibling dependency was first seen: (from, to) → "file: path".
type Edges = BTreeMap<(String, String), String>;

/// The dependencies between sibling modules of the library.
fn sibling_dependencies() -> Edges {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut sources = Vec::new();
    let mut modules = BTreeSet::from([ModPath::new()]);
    let mut test_modules = BTreeSet::new();
    let mut reexports = Reexports::new();
    let mut named = Vec::new();
    for file in files {
        // The binary is its own crate (its `crate` is not the library's).
        if file == src.join("main.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let syntax = syn::parse_file(&text)
            .unwrap_or_else(|e| panic!("{} does not parse: {e}", file.display()));
        let module = module_of(&src, &file);
        modules.insert(module.clone());
        sources.push(Source {
            path: file,
            module,
            syntax,
        });
    }
    for source in &sources {
        let mut names = Names {
            at: source.module.clone(),
            ..Names::default()
        };
        names.visit_file(&source.syntax);
        modules.extend(names.modules);
        test_modules.extend(names.test_modules);
        reexports.extend(names.reexports);
        named.push((source, names.paths));
    }
    let mut edges = Edges::new();
    for (source, paths) in named {
        // A file that is a test module (`#[cfg(test)] mod tests;`) is test code.
        if test_modules.iter().any(|t| source.module.starts_with(t)) {
            continue;
        }
        for (at, path) in paths {
            let target = resolve(&at, &path, &modules, &reexports);
            let common = at.iter().zip(&target).take_while(|(a, b)| a == b).count();
            if common < at.len() && common < target.len() {
                let from = at[..=common].join("::");
                let to = target[..=common].join("::");
                edges.entry((from, to)).or_insert_with(|| {
                    let file = source.path.strip_prefix(&src).unwrap().display();
                    format!("src/{file}: {}", path.join("::"))
                });
            }
        }
    }
    edges
}

/// The cycles of the graph, each as its modules (sorted) with the dependencies that close it.
fn cycles(edges: &Edges) -> Vec<(Vec<String>, Vec<String>)> {
    let mut graph = DiGraphMap::<&str, ()>::new();
    for (from, to) in edges.keys() {
        graph.add_edge(from.as_str(), to.as_str(), ());
    }
    let mut found: Vec<_> = tarjan_scc(&graph)
        .into_iter()
        .filter(|component| component.len() > 1)
        .map(|component| {
            let mut members: Vec<String> = component.iter().map(|m| (*m).to_owned()).collect();
            members.sort();
            let why = edges
                .iter()
                .filter(|((from, to), _)| members.contains(from) && members.contains(to))
                .map(|((from, to), seen)| format!("{from} → {to} ({seen})"))
                .collect();
            (members, why)
        })
        .collect();
    found.sort();
    found
}

#[test]
fn modules_do_not_import_each_other_back() {
    let edges = sibling_dependencies();
    // The walk found what it should: the app's jobs are named by its command handling.
    assert!(
        edges.contains_key(&("app::command_handling".into(), "app::jobs".into())),
        "the dependency graph misses app::command_handling → app::jobs: {edges:#?}"
    );
    let found = cycles(&edges);
    assert!(
        found.is_empty(),
        "modules import each other back (move what both need to a module both depend on):\n{}",
        found
            .iter()
            .map(|(members, why)| format!("{}:\n  {}", members.join(" ↔ "), why.join("\n  ")))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn a_cycle_is_found_and_named() {
    let mut edges = Edges::new();
    for (from, to) in [
        ("a::x", "a::y"),
        ("a::y", "a::z"),
        ("a::z", "a::x"),
        ("a::w", "a::x"),
    ] {
        edges.insert((from.into(), to.into()), "test".into());
    }
    let found = cycles(&edges);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, ["a::x", "a::y", "a::z"]);
    assert_eq!(found[0].1.len(), 3);
}

#[test]
fn paths_resolve_from_where_they_are_written() {
    let modules: BTreeSet<ModPath> = [
        vec![],
        vec!["app".to_owned()],
        vec!["app".into(), "jobs".into()],
        vec!["app".into(), "teacher".into()],
        vec!["app".into(), "teacher".into(), "review".into()],
    ]
    .into();
    let at: ModPath = vec!["app".into(), "teacher".into(), "review".into()];
    let path = |p: &str| p.split("::").map(str::to_owned).collect::<Vec<_>>();
    // `app` re-exports `JobResult` from its child `jobs` (`pub use jobs::JobResult;`).
    let reexports = Reexports::from([(
        (vec!["app".to_owned()], "JobResult".to_owned()),
        (vec!["app".to_owned()], path("jobs::JobResult")),
    )]);
    let resolve = |p: &str| resolve(&at, &path(p), &modules, &reexports);
    assert_eq!(resolve("super::super::jobs::JobResult"), ["app", "jobs"]);
    assert_eq!(resolve("crate::app::CrosscheckApp"), ["app"]);
    assert_eq!(resolve("self::Thing"), at);
    assert_eq!(resolve("super::super::JobResult"), ["app", "jobs"]);
    assert_eq!(resolve("crate::app::JobResult::Saved"), ["app", "jobs"]);
}
