# The OAuth2Validator a deployment writes so that userinfo (and the ID token) tell the user's name and email.
from oauth2_provider.oauth2_validators import OAuth2Validator


class ClaimsValidator(OAuth2Validator):
    # The request-less form (claims as callables) is the one DOT 1.7 also lists in discovery's claims_supported.
    def get_additional_claims(self):
        return {
            "name": lambda request: request.user.get_full_name(),
            "given_name": lambda request: request.user.first_name,
            "family_name": lambda request: request.user.last_name,
            "email": lambda request: request.user.email,
            "preferred_username": lambda request: request.user.username,
        }
