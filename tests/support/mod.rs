pub mod revise;
