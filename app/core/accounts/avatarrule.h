#pragma once

#include <QList>

namespace stages {

/// How pupils' avatars are handed out. Young pupils who cannot read find themselves at sign-in
/// by their picture, so inside one class every avatar is given once before any is given twice.
/// The pictures themselves live in the UI (Artwork); core knows only how many there are.
class AvatarRule
{
public:
    /// How many avatars there are; the index 0..kAvatarCount-1 is what the database stores.
    static constexpr int kAvatarCount = 32;

    static bool isValid(int avatar) { return avatar >= 0 && avatar < kAvatarCount; }

    /// The avatar for a newcomer to a class whose pupils already have @p taken: the first one
    /// nobody has; once every one is taken, the first of those used least. Values out of range
    /// in @p taken are ignored.
    static int choose(const QList<int> &taken);
};

} // namespace stages
