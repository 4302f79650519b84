#include "reports/artworkfiles.h"

#include "core/accounts/avatarrule.h"
#include "core/accounts/passwordhasher.h"

#include <array>

namespace stages::ArtworkFiles {

namespace {

// Order matters: the index is what the database stores (avatar) and what a picture password is
// made of, so new entries go at the end and nothing is ever reordered.
constexpr std::array<const char *, 32> kAvatars { "cat",    "dog",      "owl",     "fox",     "bear",      "frog",
                                                  "rabbit", "lion",     "penguin", "turtle",  "bee",       "elephant",
                                                  "pig",    "mouse",    "panda",   "monkey",  "giraffe",   "zebra",
                                                  "sheep",  "robot",    "snail",   "ladybug", "butterfly", "whale",
                                                  "crab",   "hedgehog", "octopus", "cow",     "dinosaur",  "parrot",
                                                  "rocket", "umbrella" };
static_assert(kAvatars.size() == size_t(AvatarRule::kAvatarCount), "one picture for every avatar the core hands out");
constexpr std::array<const char *, 9> kPictures { "sun",   "tree", "house",  "star", "fish",
                                                  "apple", "car",  "flower", "moon" };
static_assert(kPictures.size() == size_t(PasswordHasher::kPictureChoices), "one file for every sign-in picture");

} // namespace

QString avatarPath(int index)
{
    const int count = int(kAvatars.size());
    const int i = ((index % count) + count) % count;
    return QStringLiteral(":/avatars/%1.svg").arg(QLatin1String(kAvatars.at(size_t(i))));
}

QString picturePath(int index)
{
    if (index < 0 || index >= int(kPictures.size()))
        return {};
    return QStringLiteral(":/pictures/%1.svg").arg(QLatin1String(kPictures.at(size_t(index))));
}

} // namespace stages::ArtworkFiles
