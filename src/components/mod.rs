//! Small building blocks shared by the views.

pub mod data_view;
pub mod embed_snippet;
pub mod entry_card;
pub mod entry_list;
pub mod export_menu;
pub mod facet_chart;
pub mod focus;
pub mod footer;
pub mod header;
pub mod known_links;
pub mod link_mark;
pub mod load_error;
pub mod month_strip;
pub mod near_viewport;
pub mod preview_banner;
pub mod safe_link;
pub mod share_link;
pub mod skipped_notice;
pub mod subscribe;
pub mod theme_toggle;
pub mod update_notice;
pub mod worded;
