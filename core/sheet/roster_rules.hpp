// Every threshold and default of the roster checks, next to its source. Where no source publishes
// a figure, the rule is ours: named so, with the reason.
//
// Published (by reference, never copied):
//  - engagement verdict: core/model/verdict.hpp (suspiciously low < 0.25 × the lowest benchmark on
//    10,000+ followers; suspiciously high > 3 × the highest), against the dataset's engagement
//    rates by followers (core/data/benchmarks.json) for the creator's platform and size;
//  - price check: the dataset's prices per post for the platform, format and size (as kind price);
//  - reach without a reach column: the dataset's reach rates (typical), as kind reach.
#pragma once
#include <cstddef>

namespace est::roster_rules {

// Limits that hold: a longer list is an error, never a freeze.
inline constexpr std::size_t kMaxRows = 10000;        // creators (data rows, empty lines not counted)
inline constexpr std::size_t kMaxCsvBytes = 1048576;  // 1 MB of CSV text

// comments_do_not_fit_likes. OUR RULE: no source in the dataset publishes a comments-to-likes
// ratio. Likes can be bought in bulk, comments rarely are: a thousand likes or more with under
// 0.1 comments per 100 likes (not one comment per thousand likes) is what bought likes look like.
// The other way, more than 25 comments per 100 likes (one comment for every four likes) with at
// least 50 comments is what comment pods, bought comments or "comment to win" giveaways produce.
inline constexpr double kFewCommentsPer100Likes = 0.1;
inline constexpr double kFewCommentsMinLikes = 1000;
inline constexpr double kManyCommentsPer100Likes = 25;
inline constexpr double kManyCommentsMinComments = 50;

// follower_jump. OUR RULE: no source in the dataset publishes follower growth rates. More than 20%
// growth per 30 days on an account that already had 1,000 followers is many times what steady
// organic growth gives, and is what a bought batch of followers (or one viral post) looks like.
inline constexpr double kJumpPctPer30Days = 20;
inline constexpr double kJumpMinPreviousFollowers = 1000;

// price_above_published: the quoted price is above the highest published price for the
// platform, format and size (never for an open-ended "or more" top).

// Score 0–100. OUR RULE, documented and overridable with `weights`:
//   score = 100 × Σ weight × part / Σ weight, over the parts that can be computed:
//   engagement = min(1, rate / typical benchmark rate / 2)   (the typical rate gives 0.5)
//   price      = min(1, published typical price / quoted price / 2)  (the typical price gives 0.5)
//   trust      = max(0, 1 − 0.5 × flags)                      (one flag 0.5, two or more 0)
inline constexpr double kWeightEngagement = 40;
inline constexpr double kWeightPrice = 30;
inline constexpr double kWeightTrust = 30;

}  // namespace est::roster_rules
